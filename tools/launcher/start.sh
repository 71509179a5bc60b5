#!/usr/bin/env bash
# Starts kdeploy whole on this machine (`npm start`): installs npm packages when missing,
# builds what is stale (Nx cache makes a repeat start quick), then runs the launcher, which
# starts every service and the gateway as their own processes and supervises them.
# Arguments go to the launcher: `npm start -- --help`.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
bash tools/scripts/ensure-npm.sh >&2
# Every project with a build target: the services of libs/proto's SERVICES, the gateway, the
# CLI and the launcher, so a new service needs no line here.
npx nx run-many -t build --outputStyle=static >&2
# The artifact bundle that specs point their artifact source at (tools/upstream: built from
# the upstream Go modules once per machine, then seconds).
tools/upstream/build --out .kdeploy/artifacts
exec node dist/tools/launcher/main.js "$@"
