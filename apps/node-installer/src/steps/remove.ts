import { posix } from 'node:path';
import { PROXY_PATHS, PROXY_UNIT } from '@kdeploy/endpoint-proxy';
import { IMPORT_UNIT } from './images';
import { sh } from '@kdeploy/ssh';
import { HostOps, OWNER_FILE } from '@kdeploy/steps';
import { binPath, CA_CERT, DOCKER_BINARIES, DOCKER_UNITS, LAYOUT, NODE_BINARIES, UNITS } from '../node/layout';
import { CERTS_D } from '../node/containerd-config';
import { RUNC_OOM_FLOOR } from '../node/runc-oom-floor';
import { installHosts, NodeStep } from './context';

/** Every file and directory of a node, which removal deletes (the hash-named cache stays). */
const NODE_PATHS = [
  ...[...Object.values(UNITS), ...Object.values(DOCKER_UNITS)].map((u) => `${LAYOUT.unitDir}/${u}`),
  ...[...NODE_BINARIES, ...DOCKER_BINARIES].map(binPath),
  ...PROXY_PATHS,
  LAYOUT.cniBinDir,
  LAYOUT.cniConfDir,
  LAYOUT.kubeProxyDir,
  LAYOUT.kubeletKubeconfig,
  LAYOUT.bootstrapKubeconfig,
  LAYOUT.kubeProxyKubeconfig,
  CA_CERT,
  '/etc/containerd',
  CERTS_D,
  '/run/containerd',
  posix.dirname(LAYOUT.dockerConfig),
  '/run/docker',
  LAYOUT.dockerSocket,
  LAYOUT.criDockerdSocket,
  LAYOUT.criDockerdDir,
  RUNC_OOM_FLOOR,
  '/var/lib/cni',
  '/var/log/pods',
  '/var/log/containers',
  LAYOUT.modulesFile,
  LAYOUT.sysctlFile,
];

/** Directories that are often a disk of their own (and are in the lab): emptied, the mount point kept. */
const DATA_DIRS = [LAYOUT.kubeletDir, '/var/lib/containerd', LAYOUT.dockerDataDir];

/** Kubernetes' and the CNI plugins' iptables rules out, every other rule kept as it was. */
const IPTABLES_CLEAN = ['iptables', 'ip6tables']
  .map((t) => `if command -v ${t}-save >/dev/null; then ${t}-save | grep -vE 'KUBE-|CNI-|cni0|flannel' | ${t}-restore; fi`)
  .join('; ');

/** The freezer.state files of frozen pod cgroups (cgroup v1 only; none elsewhere). */
const FROZEN = 'grep -rlsx -e FROZEN -e FREEZING --include=freezer.state /sys/fs/cgroup/freezer/kubepods.slice';

/** Stops and disables a unit; a unit that is not there is already stopped. */
const stopUnit = (ops: HostOps, unit: string) =>
  ops.run(`stop and disable ${unit}`, sh`systemctl disable --now ${unit}`, {
    check: sh`! systemctl is-active --quiet ${unit} && ! systemctl is-enabled --quiet ${unit} 2>/dev/null`,
    timeoutMs: 90_000,
  });

/**
 * Takes the node off its host: the kubelet stopped first (it would start pods again), pods
 * stopped through the CRI, kube-proxy, the local proxy, cri-dockerd and Docker where the node
 * has them, and containerd stopped and disabled, the
 * container shims ended, kube-proxy's rules cleaned by kube-proxy --cleanup, what is left of
 * the pods' cgroups stopped, their mounts unmounted, the CNI interfaces deleted, the remaining
 * Kubernetes and CNI iptables rules removed, then every file (a data directory that is a mount point is emptied). The host is bare after it.
 */
export const removeNode: NodeStep = {
  id: 'node/remove',
  title: 'Remove the node from the host',
  prepare: installHosts,
  async run(_ctx, _host, ops) {
    // the kubelet first, so that it starts no pod again while they are stopped
    await stopUnit(ops, UNITS.kubelet);
    // a docker node's pods are cri-dockerd's; a containerd node's, containerd's
    for (const socket of [LAYOUT.criDockerdSocket, LAYOUT.containerdSocket]) {
      const crictl = sh`${binPath('crictl')} --runtime-endpoint ${`unix://${socket}`} --timeout 60s`;
      await ops
        .run(`stop every pod (${socket})`, `${crictl} rmp -fa`, { check: sh`! test -S ${socket}`, timeoutMs: 180_000 })
        .catch((e: unknown) =>
          ops.log(
            `the runtime did not stop every pod (their cgroups are stopped below): ${e instanceof Error ? e.message : String(e)}`,
            'warn',
          ),
        );
    }
    // an image import still running (a Join cut short) goes before containerd
    await ops.run(`stop ${IMPORT_UNIT}`, sh`systemctl stop ${IMPORT_UNIT}`, { check: sh`! systemctl is-active --quiet ${IMPORT_UNIT}` });
    for (const unit of [UNITS.kubeProxy, PROXY_UNIT, DOCKER_UNITS.criDockerd, DOCKER_UNITS.docker, UNITS.containerd])
      await stopUnit(ops, unit);
    // containerd stops with KillMode=process: its shims outlive it until stopped here
    const shims = sh`pgrep -f ${`^${binPath('containerd-shim-runc-v2')}`}`;
    await ops.run('stop the container shims', sh`pkill -KILL -f ${`^${binPath('containerd-shim-runc-v2')}`}; sleep 0.2`, {
      check: `! ${shims} >/dev/null`,
    });
    await ops.run('clean kube-proxy rules', sh`${binPath('kube-proxy')} --cleanup >/dev/null 2>&1; true`, {
      check: sh`! test -x ${binPath('kube-proxy')}`,
    });
    // cgroup v1: runc freezes a container's cgroup while it sets it up; one killed in between
    // leaves it FROZEN, its processes deaf to SIGKILL until thawed
    await ops.run('thaw frozen pod cgroups', `for f in $(${FROZEN}); do echo THAWED > "$f"; done`, { check: `[ -z "$(${FROZEN})" ]` });
    await ops.run('stop what is left of the pods', sh`systemctl stop kubepods.slice 2>/dev/null; true`, {
      check: sh`! systemctl is-active --quiet kubepods.slice`,
    });
    const mounts = `awk '$2 ~ "^(/var/lib/kubelet|/run/containerd|/var/lib/containerd/|/run/netns/cni-|/var/lib/docker/|/run/docker)" {print $2}' /proc/mounts`;
    await ops.run("unmount the pods' volumes and sandboxes", `for m in $(${mounts} | sort -r); do umount -l "$m"; done`, {
      check: `[ -z "$(${mounts})" ]`,
    });
    await ops.run(
      'delete the CNI interfaces',
      'for i in cni0 flannel.1; do ip link del "$i" 2>/dev/null; done; ip netns list 2>/dev/null | awk \'/^cni-/ {print $1}\' | xargs -r -n1 ip netns del',
      {
        check:
          '! ip link show cni0 >/dev/null 2>&1 && ! ip link show flannel.1 >/dev/null 2>&1 && ! ip netns list 2>/dev/null | grep -q ^cni-',
      },
    );
    await ops.run('delete the Kubernetes and CNI iptables rules', IPTABLES_CLEAN, {
      check: "! { iptables-save 2>/dev/null; ip6tables-save 2>/dev/null; } | grep -qE 'KUBE-|CNI-'",
    });
    for (const path of NODE_PATHS) await ops.run(`delete ${path}`, sh`rm -rf -- ${path}`, { check: sh`! test -e ${path}` });
    for (const dir of DATA_DIRS)
      await ops.run(
        `delete ${dir} (its contents where it is a mount point)`,
        sh`mountpoint -q ${dir} && find ${dir} -mindepth 1 -delete || rm -rf -- ${dir}`,
        {
          check: sh`! test -e ${dir} || { mountpoint -q ${dir} && [ -z "$(ls -A -- ${dir})" ]; }`,
        },
      );
    // the ownership record ends with the last of kdeploy's components on the host
    await ops.run("end the cluster's claim on the host", sh`rm -f -- ${OWNER_FILE}`, {
      check: sh`! test -e ${OWNER_FILE} || test -e /etc/systemd/system/etcd.service || test -e /etc/systemd/system/kube-apiserver.service`,
    });
    for (const dir of [LAYOUT.pkiDir, LAYOUT.kubernetesDir, posix.dirname(OWNER_FILE)])
      await ops.run(`delete ${dir} when empty`, sh`rmdir -- ${dir}`, { check: sh`! test -d ${dir} || test -n "$(ls -A -- ${dir})"` });
    await ops.run('reload systemd', sh`systemctl daemon-reload && systemctl reset-failed 2>/dev/null; true`, {
      check: sh`! systemctl cat ${UNITS.kubelet} >/dev/null 2>&1`,
    });
  },
};
