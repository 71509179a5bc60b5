#!/usr/bin/env bash
# Installs the npm packages from the lock file when node_modules is missing or older than it,
# so `npm test` works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is current"
fi
