import { PreconditionError } from '@kdeploy/errors';
import { HostConnection, sh } from '@kdeploy/ssh';
import { waitUntil } from '@kdeploy/steps';
import { ClusterState, readClusterState } from '../etcd/cluster-state';
import { journalTail } from '@kdeploy/installer';
import { LAYOUT } from '../etcd/layout';
import { EtcdStep, InstallCtx } from './context';

const POLL_MS = 250;

/** Why the cluster does not yet look as this call wants it, or undefined when it does. */
function notReady(ctx: InstallCtx, state: ClusterState): string | undefined {
  const names = new Set(state.members.map((m) => m.name));
  const missing = ctx.members.filter((m) => !names.has(m.name)).map((m) => m.name);
  if (missing.length) return `not members yet: ${missing.join(', ')}`;
  const sick = state.members
    .filter((m) => !m.healthy || m.learner)
    .map((m) => `${m.name || m.id} (${m.learner ? 'learner' : m.error || 'unhealthy'})`);
  if (sick.length) return `unhealthy: ${sick.join(', ')}`;
  if (!state.leaderId) return 'no leader';
  return undefined;
}

/** Explains an unhealthy member from its host: unit state and the journal's last lines. */
async function diagnose(ctx: InstallCtx, name: string): Promise<string> {
  const host = ctx.connections.get(name);
  if (!host) return `${name}: not reachable from this call`;
  try {
    const active = await host.exec(sh`systemctl is-active ${LAYOUT.unitName}`, { allowFailure: true, timeoutMs: 5_000 });
    return `${name}: etcd.service is ${active.stdout.trim()}; journal:\n${await journalTail(host, LAYOUT.unitName, 10)}`;
  } catch (e) {
    return `${name}: ${(e as Error).message}`;
  }
}

/** Polls through `via` until every member of the call is a healthy voter and there is a leader. */
export async function waitForHealth(ctx: InstallCtx, via: HostConnection, timeoutMs: number): Promise<ClusterState> {
  let state: ClusterState | undefined;
  const waited = await waitUntil<ClusterState>(
    async () => {
      state = await readClusterState(via, ctx.settings, ctx.signal);
      const why = notReady(ctx, state);
      return why ? { done: false, why } : { done: true, value: state };
    },
    { what: 'waiting for the cluster to become healthy', host: via.host, timeoutMs, intervalMs: POLL_MS, signal: ctx.signal },
  );
  if (waited.ok) return waited.value;
  const bad = state
    ? state.members
        .filter((m) => !m.healthy)
        .map((m) => m.name)
        .filter(Boolean)
    : ctx.members.map((m) => m.name);
  const details = await Promise.all(bad.map((n) => diagnose(ctx, n)));
  throw new PreconditionError(
    `the cluster did not become healthy within ${timeoutMs / 1000} s: ${waited.last}${details.length ? `\n${details.join('\n')}` : ''}`,
    via.host,
  );
}

/** The last step: the whole cluster healthy, checked once through one member. */
export const waitHealthy: EtcdStep = {
  id: 'etcd/wait-healthy',
  title: 'Wait for a healthy cluster',
  prepare: (ctx, hosts) => hosts.filter((h) => ctx.installOn.has(h.host)).slice(0, 1),
  async run(ctx, host, ops) {
    if (ops.mode === 'plan') return;
    const state = await waitForHealth(ctx, host, 60_000);
    ops.log(`cluster healthy: ${state.members.length} members, leader ${state.members.find((m) => m.leader)?.name}`);
  },
};
