import { PreconditionError } from '@kdeploy/errors';
import { readClusterState } from '../etcd/cluster-state';
import { etcdctl, etcdctlCommand } from '../etcd/etcdctl';
import { EtcdStep } from '../install/context';
import { url } from '../request/settings';
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
      const peer = url(m.address, ctx.settings.peerPort);
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
      const deadline = Date.now() + 60_000;
      let last = '';
      while (Date.now() < deadline) {
        const state = await readClusterState(host, ctx.settings, ctx.signal);
        const me = state.members.find((x) => x.name === change.name);
        if (me && !me.learner) return;
        if (me) {
          const r = await etcdctl(host, ctx.settings, ['member', 'promote', me.id], { signal: ctx.signal, allowFailure: true });
          if (r.exitCode === 0) {
            ops.log(`${change.name} promoted to a voting member`);
            return;
          }
          last = r.stderr.trim();
        } else {
          last = 'member not listed yet';
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      throw new PreconditionError(`${change.name} did not catch up with the leader within 60 s: ${last}`, host.host);
    },
  };
}
