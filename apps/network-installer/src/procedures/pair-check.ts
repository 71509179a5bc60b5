import { randomBytes } from 'node:crypto';
import { PreconditionError } from '@kdeploy/errors';
import { hostConnection } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { fanOut } from '@kdeploy/steps';
import { counterCommand, counterRules, parseCounters, PROBES, sendCommand } from '../flannel/probe';
import type { NetNode } from '../steps/context';
import { Session } from './session';

/** What a pair check found wrong, by pair, for the refusal's message. */
export interface PairProblem {
  from: string;
  to: string;
  problem: string;
}

/**
 * Before anything changes: every ordered pair of nodes, through the network as it is. For VXLAN,
 * UDP to the backend's port must arrive, and a packet of the underlay's full MTU must arrive
 * whole (the encapsulated pod packets are that large); for host-gw each peer must be on the
 * same link (no router between). Refuses naming every failing pair; leaves nothing behind.
 */
export async function checkPairs(session: Session, nodes: readonly NetNode[]): Promise<void> {
  if (nodes.length < 2) return;
  const problems = session.settings.backend === 'vxlan' ? await udpPairs(session, nodes) : await linkPairs(session, nodes);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `${p.from} -> ${p.to}: ${p.problem}`);
  throw new PreconditionError(`the pod network cannot work between these nodes, nothing was changed:\n${lines.join('\n')}`);
}

const peersOf = (nodes: readonly NetNode[], self: NetNode) =>
  nodes.filter((n) => n.name !== self.name).map((n) => ({ address: n.address, mtu: Math.min(n.ifaceMtu, self.ifaceMtu) }));

async function udpPairs(session: Session, nodes: readonly NetNode[]): Promise<PairProblem[]> {
  const port = session.settings.vxlanPort;
  const tag = `kdeploy-probe-${randomBytes(4).toString('hex')}`;
  const opts = { concurrency: 10, what: 'Check the pod network between the nodes', signal: session.signal };
  const rules = new Map(nodes.map((n) => [n.name, counterRules(tag, n.address, peersOf(nodes, n), port)]));
  const each = (fn: (n: NetNode) => Promise<unknown>) =>
    fanOut(
      nodes.map((n) => ({ host: n.name, n })),
      ({ n }) => fn(n),
      opts,
    );
  const exec = (n: NetNode, command: string) =>
    hostConnection(session, n.name).exec(command, { signal: session.signal, timeoutMs: 30_000 });
  await each((n) => exec(n, counterCommand('-I', rules.get(n.name) ?? [])));
  try {
    await each((n) => exec(n, sendCommand(peersOf(nodes, n), port)));
    await new Promise((r) => setTimeout(r, 300));
    const counts = new Map<string, Map<string, number>>();
    await each(async (n) => counts.set(n.name, parseCounters((await exec(n, 'iptables -w 5 -t raw -L PREROUTING -n -v -x')).stdout, tag)));
    const problems: PairProblem[] = [];
    for (const to of nodes)
      for (const from of nodes.filter((x) => x.name !== to.name)) {
        const c = counts.get(to.name);
        const small = c?.get(`${tag} small ${from.address}`) ?? 0;
        const full = c?.get(`${tag} full ${from.address}`) ?? 0;
        const mtu = Math.min(from.ifaceMtu, to.ifaceMtu);
        if (small === 0)
          problems.push({
            from: from.name,
            to: to.name,
            problem: `UDP ${port} does not arrive (0 of ${PROBES} probes): open it between the nodes`,
          });
        else if (full === 0)
          problems.push({
            from: from.name,
            to: to.name,
            problem: `packets of ${mtu} bytes do not arrive whole (the path MTU is below the interfaces'): fix the path or set spec.network.mtu lower`,
          });
      }
    return problems;
  } finally {
    await Promise.allSettled(nodes.map((n) => exec(n, counterCommand('-D', rules.get(n.name) ?? []))));
  }
}

async function linkPairs(session: Session, nodes: readonly NetNode[]): Promise<PairProblem[]> {
  const problems: PairProblem[] = [];
  await fanOut(
    nodes.map((n) => ({ host: n.name, n })),
    async ({ n }) => {
      for (const peer of nodes.filter((x) => x.name !== n.name)) {
        const r = await hostConnection(session, n.name).exec(sh`ip route get ${peer.address}`, {
          allowFailure: true,
          signal: session.signal,
        });
        if (r.exitCode !== 0 || / via /.test(r.stdout))
          problems.push({
            from: n.name,
            to: peer.name,
            problem: `not on the same link (${r.stdout.trim() || r.stderr.trim()}): host-gw needs one L2 segment; use vxlan`,
          });
      }
    },
    { concurrency: 10, what: 'Check the pod network between the nodes', signal: session.signal },
  );
  return problems;
}
