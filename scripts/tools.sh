# shellcheck shell=bash
# Installs (only what is missing) and puts on PATH the pinned tools the build and tests need.
#
#   source "$(dirname "$0")/tools.sh"     # from scripts/*.sh
#   bash scripts/tools.sh                  # just check / install
#
# Everything comes from package registries (crates.io, npm, Debian); nothing downloads a
# prebuilt binary or a browser. A fresh machine needs ~25 min (two `cargo install`s);
# afterwards this takes a second or two and prints one "ok ..." line per tool.
#
# Pinned:
#   trunk               0.21.14   (0.22 needs a newer rustc than the machine's 1.95)
#   wasm-bindgen-cli    = the `wasm-bindgen` version in Cargo.lock (Cargo.toml pins it with =)
#   wasm-split-cli      0.2.4 (crate wasm_split_cli_support, feature build-binary): splits the
#                       wasm by route in scripts/post-build.mjs; 0.2.3+ works with
#                       wasm-bindgen 0.2.128+, retest both together on every upgrade
#   wasm-opt            npm `binaryen` from package-lock.json (must match Trunk.toml [tools] wasm_opt)
#   playwright-core, axe-core  from package-lock.json
#   chromium, chromium-driver  Debian's (/usr/bin/chromium, /usr/bin/chromedriver)

set -euo pipefail

TRUNK_VERSION="0.21.14"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"

# node_modules/.bin first so npm binaryen's wasm-opt wins over Debian's /usr/bin/wasm-opt
# (binaryen 108, which produces wasm that breaks at run time), then cargo's bin.
case ":$PATH:" in
  "$ROOT/node_modules/.bin:$CARGO_BIN:"*) ;;
  *) PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH" ;;
esac
export PATH
# Nothing may download a browser: Chromium comes from Debian.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PUPPETEER_SKIP_DOWNLOAD=1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

_tools_say() { printf '%s\n' "$*"; }
_tools_die() { printf 'tools.sh: ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then _TOOLS_SUDO=(); else _TOOLS_SUDO=(sudo); fi

command -v cargo >/dev/null 2>&1 || _tools_die "cargo not found (need Rust via rustup; ~/.cargo/bin on PATH)"
command -v node >/dev/null 2>&1 || _tools_die "node not found (need Node.js >= 20 with npm)"

# --- Rust target -------------------------------------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
  _tools_say "ok rust target wasm32-unknown-unknown"
else
  _tools_say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- Rust components for the lint step (cargo fmt, cargo clippy) ---------------------
for _tools_component in rustfmt clippy; do
  if rustup component list --installed 2>/dev/null | grep -q "^$_tools_component-"; then
    _tools_say "ok rust component $_tools_component"
  else
    _tools_say "installing rust component $_tools_component"
    rustup component add "$_tools_component"
  fi
done

# --- trunk -----------------------------------------------------------------------
_tools_trunk_version() { trunk --version 2>/dev/null | awk '{print $2}' || true; }
if [ "$(_tools_trunk_version)" = "$TRUNK_VERSION" ]; then
  _tools_say "ok trunk $TRUNK_VERSION"
else
  _tools_say "installing trunk $TRUNK_VERSION (cargo install, ~10 min on 2 cores; found: '$(_tools_trunk_version)')"
  cargo install trunk --version "$TRUNK_VERSION" --locked
  [ "$(_tools_trunk_version)" = "$TRUNK_VERSION" ] || _tools_die "trunk --version still not $TRUNK_VERSION (is another trunk earlier on PATH? $(command -v trunk))"
fi

# --- wasm-bindgen-cli, exactly the crate version in Cargo.lock ----------------------
if [ ! -f "$ROOT/Cargo.lock" ]; then
  _tools_say "Cargo.lock missing: cargo generate-lockfile"
  (cd "$ROOT" && cargo generate-lockfile)
fi
WASM_BINDGEN_VERSION="$(awk '
  /^\[\[package\]\]/ { inpkg = 0 }
  /^name = "wasm-bindgen"$/ { inpkg = 1; next }
  inpkg && /^version = / { gsub(/"/, "", $3); print $3; exit }
' "$ROOT/Cargo.lock")"
[ -n "$WASM_BINDGEN_VERSION" ] || _tools_die "no wasm-bindgen package in Cargo.lock"
export WASM_BINDGEN_VERSION
_tools_wbg_version() { wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true; }
_tools_wbg_runner_version() { wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true; }
if [ "$(_tools_wbg_version)" = "$WASM_BINDGEN_VERSION" ] && [ "$(_tools_wbg_runner_version)" = "$WASM_BINDGEN_VERSION" ]; then
  _tools_say "ok wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  _tools_say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, ~10 min on 2 cores; found: '$(_tools_wbg_version)')"
  # No --locked: its lockfile names a dependency version missing from the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  [ "$(_tools_wbg_version)" = "$WASM_BINDGEN_VERSION" ] || _tools_die "wasm-bindgen --version still not $WASM_BINDGEN_VERSION ($(command -v wasm-bindgen))"
fi

# --- wasm-split-cli ------------------------------------------------------------------
WASM_SPLIT_VERSION="0.2.4"
# The binary has no --version; cargo's list of installed crates says which one it is.
if command -v wasm-split-cli >/dev/null 2>&1 \
  && cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  _tools_say "ok wasm-split-cli $WASM_SPLIT_VERSION"
else
  _tools_say "installing wasm-split-cli $WASM_SPLIT_VERSION (cargo install, ~4 min on 2 cores)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# --- npm packages (playwright-core, axe-core, binaryen) ----------------------------
[ -f "$ROOT/package-lock.json" ] || _tools_die "package-lock.json missing"
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  _tools_say "installing npm packages (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
else
  _tools_say "ok npm packages ($(cd "$ROOT" && node -p '["playwright-core","axe-core","binaryen"].map(n => n + " " + require("./node_modules/" + n + "/package.json").version).join(", ")'))"
fi

# --- wasm-opt (npm binaryen) must be the one Trunk finds, at Trunk.toml's version ----
_tools_wasm_opt="$(command -v wasm-opt || true)"
[ "$_tools_wasm_opt" = "$ROOT/node_modules/.bin/wasm-opt" ] \
  || _tools_die "wasm-opt on PATH is '$_tools_wasm_opt', expected $ROOT/node_modules/.bin/wasm-opt (npm binaryen)"
# Trunk reads "wasm-opt version 132 (version_132)" as "version_132".
_tools_wasm_opt_version="version_$(wasm-opt --version | awk '{print $3}')"
_tools_trunk_wasm_opt="$(sed -n 's/^[[:space:]]*wasm_opt[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$ROOT/Trunk.toml")"
if [ -n "$_tools_trunk_wasm_opt" ] && [ "$_tools_trunk_wasm_opt" != "$_tools_wasm_opt_version" ]; then
  _tools_die "npm binaryen's wasm-opt is $_tools_wasm_opt_version but Trunk.toml wants $_tools_trunk_wasm_opt: make them match"
fi
_tools_say "ok wasm-opt $_tools_wasm_opt_version (npm binaryen)"

# --- Chromium + ChromeDriver from Debian --------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  _tools_say "installing chromium chromium-driver (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! "${_TOOLS_SUDO[@]}" apt-get install -y chromium chromium-driver; then
    _tools_say "apt-get install failed; running apt-get update and retrying"
    "${_TOOLS_SUDO[@]}" apt-get update
    "${_TOOLS_SUDO[@]}" apt-get install -y chromium chromium-driver
  fi
fi
_tools_chromium="$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}' || true)"
_tools_chromedriver="$(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2}' || true)"
[ -n "$_tools_chromium" ] || _tools_die "/usr/bin/chromium --version failed"
[ -n "$_tools_chromedriver" ] || _tools_die "/usr/bin/chromedriver --version failed"
_tools_say "ok chromium $_tools_chromium, chromedriver $_tools_chromedriver"

unset _tools_component _tools_wasm_opt _tools_wasm_opt_version _tools_trunk_wasm_opt _tools_chromium _tools_chromedriver
