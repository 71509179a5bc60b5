import { ProgressStream, runProcedure, toProtoPlan } from '@kdeploy/installer';
import { masterV1 } from '@kdeploy/proto';
import { procedure } from '@kdeploy/steps';
import { removeControlPlane } from '../steps/remove';
import { applyContext, INSTALL, masterContext } from './install';
import { Session } from './session';

/** Plan: the same steps as Apply in plan mode; nothing on a host or in pki-service changes. */
export async function planInstall(session: Session, req: masterV1.PlanRequest__Output): Promise<masterV1.PlanResponse> {
  const ctx = await applyContext(session, req, 'plan');
  const result = await runProcedure(session, session.hosts, ctx, INSTALL, 'plan');
  if (result.error) throw result.error;
  return { plan: toProtoPlan(result.plan) };
}

/** Apply: converge every master; the stream ends with one result naming failed hosts and the step. */
export async function applyInstall(session: Session, req: masterV1.ApplyRequest__Output, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    ctx = await applyContext(session, req, 'apply');
  } catch (e) {
    return progress.finish(e);
  }
  await progress.finishRun(await runProcedure(session, session.hosts, ctx, INSTALL, 'apply', progress));
}

const REMOVE = procedure('remove', [removeControlPlane]);

/** Remove: stop the control plane and delete its units, files and credentials on every master of the call. */
export async function removeInstall(session: Session, progress: ProgressStream): Promise<void> {
  await progress.finishRun(await runProcedure(session, session.hosts, masterContext(session), REMOVE, 'apply', progress));
}
