import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError, SpecError } from '@kdeploy/errors';
import { hostConnection, ProgressStream, runProcedure } from '@kdeploy/installer';
import { etcdV1 } from '@kdeploy/proto';
import { procedure, Procedure } from '@kdeploy/steps';
import { readClusterState } from '../etcd/cluster-state';
import { BINARIES } from '../etcd/layout';
import { InstallCtx } from '../steps/context';
import { addLearner, promoteLearner } from '../steps/member-add';
import { checkHealthy, MemberChange } from '../steps/member-change';
import { moveLeadership, removeFromCluster } from '../steps/member-remove';
import { removeEtcd } from '../steps/remove-etcd';
import { startEtcd } from '../steps/start-etcd';
import { verifiedSnapshot } from '../steps/verified-snapshot';
import { waitHealthy } from '../steps/wait-healthy';
import { NEWEST } from '../versions';
import { installContext, PREPARE_MEMBER } from './install';
import { Session } from './session';

/** AddMember: checks and a snapshot first, then the new host prepared, registered as a learner, started and promoted. */
const addProcedure = (c: MemberChange): Procedure<InstallCtx> =>
  procedure('add-member', [
    checkHealthy(c),
    verifiedSnapshot(c),
    ...PREPARE_MEMBER,
    addLearner(c),
    startEtcd,
    promoteLearner(c),
    waitHealthy,
  ]);

/** RemoveMember; the health of the remaining members is then awaited in a second run. */
const removeProcedure = (c: MemberChange, deleteData: boolean): Procedure<InstallCtx> =>
  procedure('remove-member', [
    checkHealthy(c),
    verifiedSnapshot(c),
    moveLeadership(c),
    removeFromCluster(c),
    removeEtcd({ deleteData, keepArtifactCache: false }),
  ]);

const waitRemaining = procedure('wait-healthy', [waitHealthy]);

/** AddMember: one new member joins as a learner and is promoted once caught up. */
export async function addMember(
  session: Session,
  req: etcdV1.AddMemberRequest__Output,
  progress: ProgressStream,
  sendMember: (m: etcdV1.Member) => Promise<void>,
): Promise<void> {
  const name = req.member?.name ?? '';
  const change: MemberChange = { kind: 'add', name };
  const add = addProcedure(change);
  try {
    // openSession puts req.member last among the members; it is absent only when the request has none.
    const newMember = session.members.find((m) => m.name === name);
    if (!newMember) throw new SpecError([{ path: 'member', message: 'required: the host to add' }]);
    const existing = session.members.filter((m) => m.name !== name);
    if (existing.length === 0)
      throw new SpecError([{ path: 'target.hosts', message: 'at least one current member to add the new one through' }]);
    const state = await readClusterState(hostConnection(session, existing[0].name), session.settings, session.signal);
    const current = state.members.filter((m) => m.name && m.name !== name).map((m) => `${m.name}=${m.peerUrls[0]}`);
    const ctx = installContext(session, [name], {
      artifacts: await resolveArtifacts(req.artifacts, session.settings.version, BINARIES),
      // The new member joins the cluster as it runs now, which may differ from the spec's list.
      bootstrap: {
        state: 'existing',
        token: `kdeploy-${session.clusterId}`,
        initialCluster: [...current, `${name}=${newMember.peerUrl}`].join(','),
      },
    });
    const result = await runProcedure(session, session.members, ctx, add, 'apply', progress);
    if (result.error) return progress.finishRun(result);
    const after = await readClusterState(hostConnection(session, name), session.settings, session.signal);
    const me = after.members.find((m) => m.name === name);
    if (me)
      await sendMember({ ...me, dbSizeBytes: String(me.dbSizeBytes), raftIndex: String(me.raftIndex), raftTerm: String(me.raftTerm) });
    await progress.finish();
  } catch (e) {
    await progress.finish(e);
  }
}

/** RemoveMember: snapshot, leadership away, member remove, etcd off the host, remaining members healthy. */
export async function removeMember(session: Session, req: etcdV1.RemoveMemberRequest__Output, progress: ProgressStream): Promise<void> {
  const change: MemberChange = { kind: 'remove', name: req.memberName };
  const remove = removeProcedure(change, req.deleteData);
  try {
    if (!session.connections.has(req.memberName))
      throw new SpecError([{ path: 'member_name', message: `${req.memberName} is not in target.hosts` }]);
    if (session.members.length < 2) throw new PreconditionError('removing the only member would lose the cluster');
    const ctx = installContext(session, [req.memberName], { version: NEWEST });
    const result = await runProcedure(session, session.members, ctx, remove, 'apply', progress);
    if (result.error) return progress.finishRun(result);
    const remaining = session.members.filter((m) => m.name !== req.memberName);
    const waitCtx = { ...ctx, members: remaining, installOn: new Set(remaining.map((m) => m.name)) };
    await progress.finishRun(await runProcedure(session, session.members, waitCtx, waitRemaining, 'apply', progress));
  } catch (e) {
    await progress.finish(e);
  }
}
