#!/usr/bin/env bash
# kdeploy's main job in one command (`npm run demo`): builds what it needs, starts kdeploy (or
# uses the one running), brings up three lab hosts, deploys the classic topology
# (examples/classic-cluster.yaml) through POST /clusters with live progress, and ends with
# `kubectl get nodes,pods -A` from the new cluster and where its kubeconfig is.
# kdeploy keeps running afterwards, so the cluster can be inspected, re-applied or deleted.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

SPEC=examples/classic-cluster.yaml
CLUSTER=demo
STATE=.kdeploy
GATEWAY=http://127.0.0.1:50080
export KDEPLOY_GATEWAY="$GATEWAY" KDEPLOY_TOKEN_FILE="$STATE/api-token"
cli() { node dist/apps/cli/main.js "$@"; }
step() { printf '\n==> %s\n' "$*"; }
answers() { node -e "fetch('$GATEWAY/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; }

step "npm packages"
bash tools/scripts/ensure-npm.sh

step "build (Nx cache makes a repeat quick)"
npx nx run-many -t build --outputStyle=static

step "three lab hosts (the first time this also builds the artifact bundle from the upstream Go modules: about half an hour)"
tools/lab/bin/lab up 3

step "kdeploy"
if answers; then
  echo "kdeploy already answers at $GATEWAY"
else
  mkdir -p "$STATE"
  nohup node dist/tools/launcher/main.js --state-dir "$STATE" > "$STATE/launcher.out" 2>&1 &
  echo $! > "$STATE/launcher.pid"
  for _ in $(seq 120); do answers && break; sleep 0.5; done
  answers || { cat "$STATE/launcher.out" >&2; echo "kdeploy did not come up; its output is above" >&2; exit 1; }
  echo "kdeploy is up at $GATEWAY (pid $(cat "$STATE/launcher.pid"), logs in $STATE/logs/)"
fi

step "deploy $SPEC through POST /clusters"
cli up -f "$SPEC"

step "the new cluster"
cli kubeconfig "$CLUSTER" -o "$STATE/$CLUSTER.kubeconfig"
kc() { .lab/artifacts/bin/kubectl --kubeconfig "$STATE/$CLUSTER.kubeconfig" "$@"; }
# the smoke check's pods are on their way out (deleted as it ended): the listing shows the cluster's own
for ns in $(kc get namespaces -l kdeploy.io/smoke-check=true -o name); do
  kc wait --for=delete pods --all -n "${ns#namespace/}" --timeout=30s > /dev/null 2>&1 || true
done
kc get nodes,pods -A -o wide

cat <<MSG

kubeconfig:  $STATE/$CLUSTER.kubeconfig   (kubectl --kubeconfig $STATE/$CLUSTER.kubeconfig get nodes)
status:      KDEPLOY_TOKEN_FILE=$STATE/api-token node dist/apps/cli/main.js status $CLUSTER
remove:      KDEPLOY_TOKEN_FILE=$STATE/api-token node dist/apps/cli/main.js delete $CLUSTER
stop:        kill \$(cat $STATE/launcher.pid)    (the cluster keeps running on the lab hosts)
lab down:    tools/lab/bin/lab down
MSG
