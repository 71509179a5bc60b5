import { PreconditionError } from '@kdeploy/errors';
import { ProgressStream, runProcedure, toProtoPlan } from '@kdeploy/installer';
import { etcdV1 } from '@kdeploy/proto';
import { procedure } from '@kdeploy/steps';
import { removeEtcd } from '../steps/remove-etcd';
import { NEWEST } from '../versions';
import { applyContext, INSTALL, installContext } from './install';
import { Session } from './session';

/** Plan: the same steps as Apply in plan mode; nothing on a host or in pki-service changes. */
export async function planInstall(session: Session, req: etcdV1.PlanRequest__Output): Promise<etcdV1.PlanResponse> {
  const ctx = await applyContext(session, req.artifacts);
  const result = await runProcedure(session, session.members, ctx, INSTALL, 'plan');
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
  await progress.finishRun(await runProcedure(session, session.members, ctx, INSTALL, 'apply', progress));
}

/** Remove: stop and delete etcd on every requested host, data only when asked. */
export async function removeInstall(session: Session, req: etcdV1.RemoveRequest__Output, progress: ProgressStream): Promise<void> {
  const remove = procedure('remove', [removeEtcd({ deleteData: req.deleteData, keepArtifactCache: req.keepArtifactCache })]);
  const ctx = installContext(
    session,
    session.members.map((m) => m.name),
    { bootstrap: { state: 'new', token: '', initialCluster: '' }, version: NEWEST },
  );
  await progress.finishRun(await runProcedure(session, session.members, ctx, remove, 'apply', progress));
}

/** Fails with a PreconditionError naming the host when no member can be asked. */
export function noMemberAnswered(errors: string[]): never {
  throw new PreconditionError(`no etcd member answered: ${errors.join('; ')}`);
}
