import { PreconditionError, RemoteCommandError } from '@kdeploy/errors';
import { HostConnection } from '@kdeploy/ssh';
import { waitUntil } from '@kdeploy/steps';
import { ClusterState, readClusterState } from '../etcd/cluster-state';
import { EtcdStep, InstallCtx } from './context';

/** Members that must be healthy for a change, and the member the change is about. */
export interface MemberChange {
  kind: 'add' | 'remove';
  name: string;
  /** Filled by checkHealthy: the cluster as it was before the change. */
  before?: ClusterState;
}

/**
 * The cluster as checkHealthy read it. The membership procedures run checkHealthy first, so a
 * step that finds nothing here was put in a procedure without it.
 */
export function stateBefore(change: MemberChange, host: string): ClusterState {
  if (!change.before)
    throw new PreconditionError(`the cluster state before changing ${change.name} was not read (checkHealthy must run first)`, host);
  return change.before;
}

/** The existing members a membership step talks through (never the member being changed). */
export const otherMembers = (change: MemberChange) => (ctx: InstallCtx, hosts: readonly HostConnection[]) =>
  hosts.filter((h) => h.host !== change.name && ctx.members.some((m) => m.name === h.host));

/**
 * Refuses a membership change unless every member is healthy with a leader, and the change
 * keeps quorum: removing must leave at least one voter and a healthy majority of the rest.
 */
export function checkHealthy(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/check-health',
    title: 'Check the cluster is healthy',
    prepare: (ctx, hosts) => otherMembers(change)(ctx, hosts).slice(0, 1),
    async run(ctx, host) {
      const state = await readClusterState(host, ctx.settings, ctx.signal);
      if (!state.healthy) {
        const sick = state.members.filter((m) => !m.healthy).map((m) => `${m.name || m.id}: ${m.error}`);
        throw new PreconditionError(`the cluster is not healthy (${sick.join('; ') || 'no leader'}); no member change is made`, host.host);
      }
      const target = state.members.find((m) => m.name === change.name);
      if (change.kind === 'remove') {
        if (!target) throw new PreconditionError(`${change.name} is not a member of the cluster`);
        const voters = state.members.filter((m) => !m.learner);
        if (voters.length <= 1 && !target.learner)
          throw new PreconditionError(`${change.name} is the last voting member; removing it would lose the cluster`);
        const rest = voters.filter((m) => m.id !== target.id);
        if (!target.learner && rest.filter((m) => m.healthy).length < Math.floor(rest.length / 2) + 1) {
          throw new PreconditionError(`removing ${change.name} would leave no healthy quorum`);
        }
      } else if (target && !target.learner && target.healthy) {
        throw new PreconditionError(`${change.name} is already a healthy voting member`);
      }
      change.before = state;
    },
  };
}

/**
 * With --strict-reconfig-check etcd refuses a membership change until every member has been
 * connected for 5 s ("unhealthy cluster"), e.g. right after an install or another change:
 * such a refusal is retried for a while; any other error is not.
 */
export async function retryWhileSettling(fn: () => Promise<unknown>, timeoutMs = 20_000): Promise<void> {
  let lastError: unknown;
  const settling = (e: unknown) => e instanceof RemoteCommandError && /unhealthy cluster/.test(e.stderrTail);
  const waited = await waitUntil(
    async () => {
      try {
        await fn();
        return { done: true, value: undefined };
      } catch (e) {
        if (!settling(e)) throw e;
        lastError = e;
        return { done: false, why: (e as Error).message };
      }
    },
    { what: 'a membership change', timeoutMs, intervalMs: 500, retryOn: () => false },
  );
  if (!waited.ok) throw lastError;
}
