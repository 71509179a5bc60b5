import { PreconditionError } from '@kdeploy/errors';
import { clockSkewProblem, ownerProblem, portProblems } from '@kdeploy/installer';
import { duplicateIdentities } from '../node/host-facts';
import { Runtime, runtimeOf } from '../request/settings';
import { factsOf, installHosts, NodeStep } from './context';

/** Certificates and leases tolerate little clock difference. */
export const MAX_CLOCK_SKEW_MS = 1000;
/** The kubelet's API and kube-proxy's health port. */
export const NODE_PORTS = [10250, 10256];

/** A node keeps the runtime it was installed with: its pods, images and kubelet state live there. */
function runtimeSwitch(name: string, installed: Runtime | undefined, wanted: Runtime): string | undefined {
  if (!installed || installed === wanted) return undefined;
  return (
    `the node runs ${installed}; switching it to ${wanted} needs it drained and reinstalled: ` +
    `remove the node (DELETE /clusters/<id>/nodes/${name}, or node-installer RemoveNode, which drains it first), ` +
    `then add it again with containerRuntime: ${wanted} (POST /clusters/<id>/nodes)`
  );
}

/**
 * Refuses a host before anything changes, naming every problem: an OS family kdeploy does not
 * prepare, a cgroup v1 kernel without the spec's opt-in, a machine-id, product_uuid or hostname
 * another node of the call shares, a clock off by more than 1 s, its ports held by another
 * process, another cluster owning it, a runtime other than the one it runs. Reads only.
 */
export const preflight: NodeStep = {
  id: 'node/preflight',
  title: 'Preflight checks',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const f = factsOf(ctx, host);
    const problems: (string | undefined)[] = [
      f.family ? undefined : `${f.os.prettyName} is not an OS kdeploy prepares (Debian, Ubuntu, RHEL, CentOS, Rocky, Alma)`,
      f.cgroupV1 && !ctx.settings.allowCgroupV1
        ? 'the kernel runs cgroup v1, which kubelets from v1.35 on refuse; boot it with cgroup v2 (systemd.unified_cgroup_hierarchy=1), or opt in with spec.allow_cgroup_v1 (in a cluster spec: hostPreparation.cgroupV1: allow)'
        : undefined,
      ...(duplicateIdentities(ctx.facts).get(host.host) ?? []),
      await clockSkewProblem(host, MAX_CLOCK_SKEW_MS, ctx.signal),
      ...(await portProblems(host, NODE_PORTS, ['kubelet', 'kube-proxy'], ctx.signal)),
      await ownerProblem(host, ctx),
      runtimeSwitch(host.host, f.installedRuntime, runtimeOf(ctx.settings, host.host)),
    ];
    const found = problems.filter((p): p is string => p !== undefined);
    if (found.length) throw new PreconditionError(found.join('; '), host.host);
    if (f.cgroupV1)
      ops.log(
        'the kernel runs cgroup v1: the kubelet gets failCgroupV1: false (spec.allow_cgroup_v1); cgroup v1 support is going away',
        'warn',
      );
  },
};
