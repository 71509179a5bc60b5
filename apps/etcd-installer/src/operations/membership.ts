import { PreconditionError, SpecError } from '@kdeploy/errors';
import { etcdV1 } from '@kdeploy/proto';
import { resolveArtifacts } from '@kdeploy/artifacts';
import { readClusterState } from '../etcd/cluster-state';
import { BINARIES } from '../etcd/layout';
import { ProgressStream } from '../handlers/progress';
import { EtcdStep, InstallCtx, Mutex } from '../install/context';
import { INSTALL_STEPS } from '../install/steps';
import { etcdConfig } from '../steps/etcd-config';
import { healthcheckClient } from '../steps/healthcheck-client';
import { installBinaries } from '../steps/install-binaries';
import { addLearner, promoteLearner } from '../steps/member-add';
import { checkHealthy, MemberChange } from '../steps/member-change';
import { memberCertificates } from '../steps/member-certificates';
import { memberKeys } from '../steps/member-keys';
import { moveLeadership, removeFromCluster } from '../steps/member-remove';
import { preflight } from '../steps/preflight';
import { recordOwnerStep } from '../steps/record-owner';
import { removeEtcd } from '../steps/remove-etcd';
import { startEtcd } from '../steps/start-etcd';
import { verifiedSnapshot } from '../steps/verified-snapshot';
import { waitHealthy } from '../steps/wait-healthy';
import { runEtcdSteps, stepIds } from './install';
import { connectionOf, pkiOf, Session } from './session';

/** AddMember's procedure: checks and snapshot first, then the install steps on the new host around member add and promote. */
const addSteps = (c: MemberChange): EtcdStep[] => [
  checkHealthy(c),
  verifiedSnapshot(c),
  preflight,
  recordOwnerStep,
  installBinaries,
  memberKeys,
  memberCertificates,
  healthcheckClient,
  etcdConfig,
  addLearner(c),
  startEtcd,
  promoteLearner(c),
  waitHealthy,
];

/** RemoveMember's procedure; the health of the remaining members is then awaited in a second run. */
const removeSteps = (c: MemberChange, deleteData: boolean): EtcdStep[] => [
  checkHealthy(c),
  verifiedSnapshot(c),
  moveLeadership(c),
  removeFromCluster(c),
  removeEtcd({ deleteData, keepArtifactCache: false }),
];

function baseCtx(session: Session, installOn: string[]): InstallCtx {
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    members: session.members,
    installOn: new Set(installOn),
    artifacts: [],
    pki: pkiOf(session),
    bootstrap: { state: 'existing', token: `kdeploy-${session.clusterId}`, initialCluster: '' },
    clusterRunning: false,
    restartLock: new Mutex(),
    connections: session.connections,
    signal: session.signal,
  };
}

/** AddMember: one new member joins as a learner and is promoted once caught up. */
export async function addMember(session: Session, req: etcdV1.AddMemberRequest__Output, progress: ProgressStream, sendMember: (m: etcdV1.Member) => Promise<void>): Promise<void> {
  const name = req.member?.name ?? '';
  const change: MemberChange = { kind: 'add', name };
  const steps = addSteps(change);
  try {
    // openSession puts req.member last among the members; it is absent only when the request has none.
    const newMember = session.members.find((m) => m.name === name);
    if (!newMember) throw new SpecError([{ path: 'member', message: 'required: the host to add' }]);
    const existing = session.members.filter((m) => m.name !== name);
    if (existing.length === 0) throw new SpecError([{ path: 'target.hosts', message: 'at least one current member to add the new one through' }]);
    const state = await readClusterState(connectionOf(session, existing[0].name), session.settings, session.signal);
    const ctx = baseCtx(session, [name]);
    ctx.artifacts = await resolveArtifacts(req.artifacts, session.settings.version, BINARIES);
    const current = state.members.filter((m) => m.name && m.name !== name).map((m) => `${m.name}=${m.peerUrls[0]}`);
    const peer = `https://${newMember.address}:${session.settings.peerPort}`;
    ctx.bootstrap = { ...ctx.bootstrap, initialCluster: [...current, `${name}=${peer}`].join(',') };
    const result = await runEtcdSteps(session, ctx, steps, 'apply', progress);
    if (result.error) return progress.finish(result.error, stepIds(steps)(result.error.what));
    const after = await readClusterState(connectionOf(session, name), session.settings, session.signal);
    const me = after.members.find((m) => m.name === name);
    if (me) await sendMember({ ...me, dbSizeBytes: String(me.dbSizeBytes), raftIndex: String(me.raftIndex), raftTerm: String(me.raftTerm) });
    await progress.finish();
  } catch (e) {
    await progress.finish(e);
  }
}

/** RemoveMember: snapshot, leadership away, member remove, etcd off the host, remaining members healthy. */
export async function removeMember(session: Session, req: etcdV1.RemoveMemberRequest__Output, progress: ProgressStream): Promise<void> {
  const change: MemberChange = { kind: 'remove', name: req.memberName };
  const steps = removeSteps(change, req.deleteData);
  try {
    if (!session.connections.has(req.memberName)) throw new SpecError([{ path: 'member_name', message: `${req.memberName} is not in target.hosts` }]);
    if (session.members.length < 2) throw new PreconditionError('removing the only member would lose the cluster');
    const ctx = baseCtx(session, [req.memberName]);
    const result = await runEtcdSteps(session, ctx, steps, 'apply', progress);
    if (result.error) return progress.finish(result.error, stepIds(steps)(result.error.what));
    const remaining = session.members.filter((m) => m.name !== req.memberName);
    const waitCtx = { ...ctx, members: remaining, installOn: new Set(remaining.map((m) => m.name)) };
    const waited = await runEtcdSteps(session, waitCtx, [waitHealthy], 'apply', progress);
    await progress.finish(waited.error, waited.error ? waitHealthy.id : '');
  } catch (e) {
    await progress.finish(e);
  }
}

export const MEMBERSHIP_STEP_IDS = stepIds(INSTALL_STEPS, addSteps({ kind: 'add', name: '' }), removeSteps({ kind: 'remove', name: '' }, false));
