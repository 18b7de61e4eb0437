#!/usr/bin/env bash
# Development server: installs missing tools, then `trunk serve --release`
# at http://127.0.0.1:8080 (address and port come from Trunk.toml [serve]).
# Extra arguments go to trunk, e.g. `bash scripts/serve.sh --port 9000`.
# It builds into target/serve-dist/ (ignored by git), not dist/: a served build carries
# Trunk's live-reload script, which fails under the app's CSP and logs a WebSocket error
# every few seconds once the server is gone, so dist/ only ever holds `trunk build --release`.
set -euo pipefail
# shellcheck source=scripts/tools.sh
source "$(dirname "$0")/tools.sh"
cd "$ROOT"
echo "serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --release --dist target/serve-dist "$@"
