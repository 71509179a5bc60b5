import { binPath } from './layout';

/** Where the wrapper lives on a docker node that may not lower OOM scores. */
export const RUNC_OOM_FLOOR = '/usr/local/lib/kdeploy/runc-oom-floor';
/** Docker's name for the runtime that runs through it. */
export const RUNC_OOM_FLOOR_RUNTIME = 'kdeploy-runc';

/**
 * Docker's counterpart of containerd's `restrict_oom_score_adj`, which Docker lacks. A host
 * that denies CAP_SYS_RESOURCE (a container, a user namespace) may not lower an OOM score, and
 * runc fails every container asking for one: cri-dockerd asks -998 for each pod sandbox and the
 * kubelet -997 for Guaranteed pods. Like containerd, this raises the score in the OCI bundle's
 * config.json (and an exec's process.json) to the runtime's own, then runs the bundle's runc
 * unchanged. Go's JSON has no spaces, so `"oomScoreAdj":N` is found as written.
 */
export function runcOomFloorScript(): string {
  return `#!/bin/sh
# kdeploy: runc with OOM scores no lower than this process's own (see node-installer README)
own=$(cat /proc/self/oom_score_adj)
floor() {
  [ -f "$1" ] || return 0
  v=$(sed -n 's/.*"oomScoreAdj":\\(-\\{0,1\\}[0-9]\\{1,\\}\\).*/\\1/p' "$1")
  [ -n "$v" ] && [ "$v" -lt "$own" ] && sed -i "s/\\"oomScoreAdj\\":$v\\([,}]\\)/\\"oomScoreAdj\\":$own\\1/" "$1"
  return 0
}
prev=
for a in "$@"; do
  case "$prev" in --bundle|-b) floor "$a/config.json" ;; --process|-p) floor "$a" ;; esac
  case "$a" in --bundle=*) floor "\${a#--bundle=}/config.json" ;; --process=*) floor "\${a#--process=}" ;; esac
  prev=$a
done
exec ${binPath('runc')} "$@"
`;
}
