#!/usr/bin/env bash
# Full test run (what CI runs through .ci/run). Stops at the first failure, non-zero exit.
#   1. cargo fmt --check, cargo clippy -D warnings    lint: rustfmt, clippy native + wasm32
#   2. cargo test                                     native: pure logic + unit tests
#   3. cargo test --target wasm32-unknown-unknown --test web
#                                                     in headless Chromium (only if tests/web.rs exists)
#   4. trunk build --release                          -> dist/
#   5. serve dist/ with tests/e2e/server.mjs on 127.0.0.1 (port 8081 or the next free one),
#      node --test tests/e2e/                         Playwright (playwright-core) + axe specs
#   6. sizes of dist/*.wasm, *.js, *.css (raw and gzip), informative
# Environment knobs: E2E_PORT (first port to try, default 8081), WASM_BINDGEN_TEST_TIMEOUT
# (seconds per wasm test run, default 120), SKIP_WASM_TESTS=1, SKIP_E2E=1 (local use only).
set -euo pipefail
# shellcheck source=scripts/tools.sh
source "$(dirname "$0")/tools.sh"
cd "$ROOT"

step_start=0
step() {
  step_start=$SECONDS
  printf '\n==> %s\n' "$*"
}
done_step() { printf '<== %s (%ss)\n' "$1" "$((SECONDS - step_start))"; }

# --- 1. lint ---------------------------------------------------------------------------
step "lint (rustfmt, clippy native + wasm32)"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
# Not --all-targets on wasm32: tests/logic uses proptest, which builds natively only.
cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
# The app's own build: lazy routes split into chunks (index.html data-cargo-features).
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings
done_step "lint (rustfmt, clippy native + wasm32)"

# --- 2. native tests -----------------------------------------------------------------
step "cargo test (native)"
cargo test
done_step "cargo test (native)"

# --- 3. in-browser wasm tests -----------------------------------------------------------
if [ -f tests/web.rs ] && [ "${SKIP_WASM_TESTS:-}" != 1 ]; then
  step "cargo test --target wasm32-unknown-unknown --test web (headless Chromium)"
  # wasm-bindgen-test-runner picks the first driver named by env (GECKODRIVER, SAFARIDRIVER,
  # CHROMEDRIVER, ...), so clear the others. It reads capabilities from the file named by
  # WASM_BINDGEN_TEST_WEBDRIVER_JSON (default ./webdriver.json) and appends its own
  # "headless", "disable-dev-shm-usage", "no-sandbox" to goog:chromeOptions.args.
  env -u GECKODRIVER -u SAFARIDRIVER -u MSEDGEDRIVER \
    -u GECKODRIVER_REMOTE -u SAFARIDRIVER_REMOTE -u CHROMEDRIVER_REMOTE -u MSEDGEDRIVER_REMOTE \
    -u NO_HEADLESS \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/scripts/webdriver.json" \
    WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}" \
    cargo test --target wasm32-unknown-unknown --test web
  done_step "wasm tests in Chromium"
else
  printf '\n--- skipping in-browser wasm tests (%s)\n' "$([ -f tests/web.rs ] && echo 'SKIP_WASM_TESTS=1' || echo 'no tests/web.rs')"
fi

# --- 4. release build ------------------------------------------------------------------
step "trunk build --release"
# Worktrees share CARGO_TARGET_DIR, and cargo does not copy a build it finds fresh to
# target/wasm32-unknown-unknown/release/dekom-app.wasm again, so Trunk could bundle the
# wasm another worktree built last. Touching the entry point makes cargo relink ours.
touch src/main.rs
# One trunk build at a time per machine: builds that share a target dir (CARGO_TARGET_DIR)
# would overwrite each other's wasm-bindgen output.
if ! flock /tmp/dekom-trunk.lock trunk build --release; then
  if grep -q 'data-wasm-opt=' index.html && ! grep -q 'enable-bulk-memory' index.html; then
    cat >&2 <<'HINT'
test.sh: trunk build failed. If wasm-opt reported "memory.copy operations require bulk memory"
or "trunc_sat": rustc >= 1.87 emits bulk-memory and nontrapping-float-to-int for wasm32,
and wasm-opt must be told so. In index.html's <link data-trunk rel="rust" ...> add
    data-wasm-opt-params="--enable-bulk-memory --enable-nontrapping-float-to-int"
HINT
  fi
  exit 1
fi
[ -f dist/index.html ] || { echo "test.sh: dist/index.html missing after trunk build" >&2; exit 1; }
done_step "trunk build --release"

# --- 5. end-to-end tests against dist/ ------------------------------------------------
SERVER_PID=""
SERVER_LOG="$(mktemp -t e2e-server.XXXXXX.log)"
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() {
  stop_server
  rm -f "$SERVER_LOG"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
answers() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }

if [ "${SKIP_E2E:-}" != 1 ]; then
  step "end-to-end tests (node --test tests/e2e/)"
  first_port="${E2E_PORT:-8081}"
  E2E_BASE_URL=""
  for port in $(seq "$first_port" "$((first_port + 20))"); do
    port_in_use "$port" && continue
    E2E_SERVER_PARENT_PID=$$ node tests/e2e/server.mjs dist "$port" >"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do # up to ~10 s
      kill -0 "$SERVER_PID" 2>/dev/null || break
      if answers "http://127.0.0.1:$port/"; then
        E2E_BASE_URL="http://127.0.0.1:$port"
        break
      fi
      sleep 0.1
    done
    [ -n "$E2E_BASE_URL" ] && break
    echo "server on port $port did not come up:" >&2
    cat "$SERVER_LOG" >&2
    stop_server
  done
  [ -n "$E2E_BASE_URL" ] || { echo "test.sh: could not start tests/e2e/server.mjs on ports $first_port..$((first_port + 20))" >&2; exit 1; }
  echo "serving dist/ at $E2E_BASE_URL (pid $SERVER_PID)"
  export E2E_BASE_URL
  node --test --test-concurrency=1 tests/e2e/
  stop_server
  echo "screenshots: tests/e2e/output/"
  done_step "end-to-end tests"
else
  printf '\n--- skipping end-to-end tests (SKIP_E2E=1)\n'
fi

# --- 6. sizes (informative) ----------------------------------------------------------------
printf '\n==> dist/ sizes (bytes)\n'
printf '%-48s %10s %10s\n' file raw gzip
shopt -s nullglob
for f in dist/*.wasm dist/*.js dist/*.css; do
  printf '%-48s %10s %10s\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
shopt -u nullglob

printf '\ntest.sh: all steps passed (%ss total)\n' "$SECONDS"
