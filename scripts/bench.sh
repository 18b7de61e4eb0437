#!/usr/bin/env bash
# Builds the release app and prints its sizes and timings (see scripts/bench.mjs) and
# Lighthouse's mobile figures for three pages and the plain-HTML floor (scripts/lighthouse.mjs).
# Not part of the tests: figures to read against the budgets in README "Performance".
set -euo pipefail
source "$(dirname "$0")/tools.sh" >/dev/null
cd "$ROOT"
flock /tmp/dekom-trunk.lock trunk build --release >/dev/null 2>&1 || flock /tmp/dekom-trunk.lock trunk build --release
echo "bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(/usr/bin/chromium --version 2>/dev/null)"
node scripts/bench.mjs
node scripts/lighthouse.mjs
