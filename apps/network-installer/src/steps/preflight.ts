import { PreconditionError } from '@kdeploy/errors';
import { ownerProblem, portProblems } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { HEALTHZ_PORT } from '../flannel/layout';
import { NetStep } from './context';

/**
 * Refuses a node before anything changes, naming every problem: no iptables (flanneld's
 * masquerading and forwarding rules need it), bridged traffic not reaching iptables
 * (br_netfilter, which node-installer loads), flanneld's health port held by another process,
 * another cluster owning it. Reads only; the checks between nodes run before this step.
 */
export const preflight: NetStep = {
  id: 'network/preflight',
  title: 'Preflight checks',
  async run(ctx, host) {
    const has = async (command: string) => (await host.exec(command, { allowFailure: true, signal: ctx.signal })).exitCode === 0;
    const problems: (string | undefined)[] = [
      (await has('command -v iptables >/dev/null'))
        ? undefined
        : 'iptables is not installed (flanneld sets its masquerading and forwarding rules with it)',
      (await has(sh`test -e /proc/sys/net/bridge/bridge-nf-call-iptables`))
        ? undefined
        : 'bridged traffic does not reach iptables (br_netfilter is not loaded): install the node with node-installer first',
      ...(await portProblems(host, [HEALTHZ_PORT], ['flanneld'], ctx.signal)),
      await ownerProblem(host, ctx),
    ];
    const found = problems.filter((p): p is string => p !== undefined);
    if (found.length) throw new PreconditionError(found.join('; '), host.host);
  },
};
