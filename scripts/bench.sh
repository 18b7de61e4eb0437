#!/usr/bin/env bash
# Builds the release app and prints its sizes and timings (see scripts/bench.mjs).
set -euo pipefail
source "$(dirname "$0")/tools.sh" >/dev/null
cd "$ROOT"
trunk build --release >/dev/null 2>&1 || trunk build --release
node scripts/bench.mjs
