import { PreconditionError } from '@kdeploy/errors';
import { readClusterState } from '../etcd/cluster-state';
import { etcdctlCommand } from '../etcd/etcdctl';
import { EtcdStep } from './context';
import { MemberChange, otherMembers, retryWhileSettling, stateBefore } from './member-change';

/**
 * Moves leadership to another healthy voter before the leader is removed, so the cluster
 * never waits out an election timeout with writes failing.
 */
export function moveLeadership(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/move-leader',
    title: 'Move leadership away from the member',
    prepare: (ctx, hosts) => hosts.filter((h) => h.host === change.name),
    shouldRun: () => !!change.before?.members.find((m) => m.name === change.name)?.leader,
    async run(ctx, host, ops) {
      const successor = stateBefore(change, host.host).members.find((m) => m.name !== change.name && m.healthy && !m.learner);
      if (!successor) throw new PreconditionError('no healthy voter to take over leadership', host.host);
      // move-leader must be sent to the leader itself: this host, on its own endpoint.
      await ops.run(`move leadership to ${successor.name}`, etcdctlCommand(ctx.settings, ['move-leader', successor.id]));
    },
  };
}

/** Removes the member from the cluster through another member; skipped when it is gone already. */
export function removeFromCluster(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/member-remove',
    title: 'Remove the member from the cluster',
    prepare: (ctx, hosts) => otherMembers(change)(ctx, hosts).slice(0, 1),
    async run(ctx, host, ops) {
      const state = ops.mode === 'apply' ? await readClusterState(host, ctx.settings, ctx.signal) : stateBefore(change, host.host);
      const me = state.members.find((m) => m.name === change.name);
      if (!me) return;
      if (ops.mode === 'apply' && me.leader) throw new PreconditionError(`${change.name} is the leader again; not removing it`, host.host);
      await retryWhileSettling(() =>
        ops.run(`remove member ${me.id} (${change.name})`, etcdctlCommand(ctx.settings, ['member', 'remove', me.id])),
      );
    },
  };
}
