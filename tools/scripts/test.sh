#!/usr/bin/env bash
# The one test command (`npm test`): installs what it needs, then runs every check and test.
# Order: cheap static checks first, then the lab, then all test suites against it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI="${CI:-true}"

step() { printf '\n==> %s\n' "$*"; }

step "npm packages"
bash tools/scripts/ensure-npm.sh

step "static checks: proto types current, formatting, lint (module boundaries), typecheck"
npx nx run-many -t check buf-lint -p proto
npx prettier --check . --log-level=warn || { echo "run: npx prettier --write ." >&2; exit 1; }
npx nx run-many -t lint typecheck --outputStyle=static

step "lab hosts"
# A run killed earlier (or another checkout's lab) may have left hosts behind: start clean.
# `lab up` also builds the artifact bundle from the upstream Go modules (tools/upstream),
# or takes it from this machine's cache: tens of minutes cold, seconds warm.
tools/lab/bin/lab down
tools/lab/bin/lab up 16
trap 'step "lab down"; tools/lab/bin/lab down || true' EXIT

step "tests"
# One project at a time: lab tests of different projects share the lab hosts.
log="$(mktemp)"
set +e
npx nx run-many -t test --outputStyle=static --parallel=1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
bash tools/scripts/jest-total.sh "$log"
rm -f "$log"
exit "$status"
