import { PreconditionError } from '@kdeploy/errors';
import { waitUntil } from '@kdeploy/steps';
import { readClusterState } from '../etcd/cluster-state';
import { etcdctl, etcdctlCommand } from '../etcd/etcdctl';
import { EtcdStep } from './context';
import { MemberChange, otherMembers, retryWhileSettling } from './member-change';

/** Registers the new member as a learner (it takes no part in quorum until promoted). Skipped when it is already registered. */
export function addLearner(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/member-add',
    title: 'Add the member as a learner',
    prepare: (ctx, hosts) => otherMembers(change)(ctx, hosts).slice(0, 1),
    async run(ctx, _host, ops) {
      // AddMember's session lists the new host among the members; this guards a caller that did not.
      const m = ctx.members.find((x) => x.name === change.name);
      if (!m) throw new PreconditionError(`${change.name} is not among the members of this call`);
      const peer = m.peerUrl;
      const known = change.before?.members.some((x) => x.peerUrls.includes(peer));
      if (known) return;
      const command = etcdctlCommand(ctx.settings, ['member', 'add', m.name, '--learner', `--peer-urls=${peer}`]);
      await retryWhileSettling(() => ops.run(`add ${m.name} as a learner`, command));
    },
  };
}

/** Promotes the learner once it has caught up with the leader (etcd refuses before); waits up to 60 s. */
export function promoteLearner(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/member-promote',
    title: 'Promote the learner to a voting member',
    prepare: (ctx, hosts) => otherMembers(change)(ctx, hosts).slice(0, 1),
    async run(ctx, host, ops) {
      if (ops.mode === 'plan') return;
      const waited = await waitUntil<void>(
        async () => {
          const state = await readClusterState(host, ctx.settings, ctx.signal);
          const me = state.members.find((x) => x.name === change.name);
          if (me && !me.learner) return { done: true, value: undefined };
          if (!me) return { done: false, why: 'member not listed yet' };
          // to the leader itself: a follower forwards the promotion without the caller's identity,
          // which a cluster with auth on refuses (etcd-io/etcd#20757)
          const leader = state.members.find((x) => x.leader);
          const r = await etcdctl(host, ctx.settings, ['member', 'promote', me.id], {
            signal: ctx.signal,
            allowFailure: true,
            ...(leader?.clientUrls.length ? { endpoints: leader.clientUrls } : {}),
          });
          if (r.exitCode !== 0) return { done: false, why: r.stderr.trim() };
          ops.log(`${change.name} promoted to a voting member`);
          return { done: true, value: undefined };
        },
        { what: `promoting ${change.name}`, host: host.host, timeoutMs: 60_000, intervalMs: 300, signal: ctx.signal, retryOn: () => false },
      );
      if (waited.ok) return;
      const last = waited.last;
      throw new PreconditionError(`${change.name} did not catch up with the leader within 60 s: ${last}`, host.host);
    },
  };
}
