import { PreconditionError } from '@kdeploy/errors';
import { commonV1, etcdV1 } from '@kdeploy/proto';
import { Plan } from '@kdeploy/steps';
import { ProgressStream, toProtoChange } from '../handlers/progress';
import { Mutex } from '../install/context';
import { removeEtcd } from '../steps/remove-etcd';
import { applyContext, INSTALL_STEPS, runEtcdSteps, stepIds } from './install';
import { Session } from './session';

const ids = stepIds(INSTALL_STEPS);

/** libs/steps' plan as the contract's Plan. */
export function toProtoPlan(plan: Plan, idOf = ids): commonV1.Plan {
  return { hosts: plan.hosts.map((h) => ({ host: h.host, changes: h.changes.map((c) => toProtoChange(c, idOf)) })) };
}

/** Plan: the same steps as Apply in plan mode; nothing on a host or in pki-service changes. */
export async function planInstall(session: Session, req: etcdV1.PlanRequest__Output): Promise<etcdV1.PlanResponse> {
  const ctx = await applyContext(session, req.artifacts);
  const result = await runEtcdSteps(session, ctx, INSTALL_STEPS, 'plan');
  if (result.error) throw result.error;
  return { plan: toProtoPlan(result.plan) };
}

/** Apply: converge every member; the stream ends with one result naming failed hosts and the step. */
export async function applyInstall(session: Session, req: etcdV1.ApplyRequest__Output, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    ctx = await applyContext(session, req.artifacts);
  } catch (e) {
    return progress.finish(e);
  }
  const result = await runEtcdSteps(session, ctx, INSTALL_STEPS, 'apply', progress);
  await progress.finish(result.error, result.error ? ids(result.error.what) : '');
}

/** Remove: stop and delete etcd on every requested host, data only when asked. */
export async function removeInstall(session: Session, req: etcdV1.RemoveRequest__Output, progress: ProgressStream): Promise<void> {
  const step = removeEtcd({ deleteData: req.deleteData, keepArtifactCache: req.keepArtifactCache });
  const ctx = {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    members: session.members,
    installOn: new Set(session.members.map((m) => m.name)),
    artifacts: [],
    pki: undefined as never,
    bootstrap: { state: 'new' as const, token: '', initialCluster: '' },
    clusterRunning: false,
    restartLock: new Mutex(),
    connections: session.connections,
    signal: session.signal,
  };
  const result = await runEtcdSteps(session, ctx, [step], 'apply', progress);
  await progress.finish(result.error, result.error ? step.id : '');
}

/** Fails with a PreconditionError naming the host when no member can be asked. */
export function noMemberAnswered(errors: string[]): never {
  throw new PreconditionError(`no etcd member answered: ${errors.join('; ')}`);
}
