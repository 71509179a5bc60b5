import { PreconditionError, SpecError } from '@kdeploy/errors';
import { hostConnection, ProgressStream, runProcedure, toProtoPlan } from '@kdeploy/installer';
import { apiMessage, kubeApi } from '@kdeploy/kube-api';
import { nodeV1 } from '@kdeploy/proto';
import { procedure } from '@kdeploy/steps';
import { removeNode } from '../steps/remove';
import { adminAccess } from './cluster-api';
import { drainNode } from './drain';
import { INSTALL, INSTALL_BEFORE_JOIN, joinProcedure, nodeContext } from './install';
import { Session } from './session';

/** Plan: the same steps as Apply in plan mode; nothing on a host or in pki-service changes. */
export async function planInstall(session: Session, req: nodeV1.PlanRequest__Output): Promise<nodeV1.PlanResponse> {
  const ctx = await nodeContext(session, req.artifacts);
  const result = await runProcedure(session, session.hosts, ctx, INSTALL, 'plan');
  if (result.error) throw result.error;
  return { plan: toProtoPlan(result.plan) };
}

/** Apply: converge every node; the stream ends with one result naming failed hosts and the step. */
export async function applyInstall(session: Session, req: nodeV1.ApplyRequest__Output, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    ctx = await nodeContext(session, req.artifacts);
  } catch (e) {
    return progress.finish(e);
  }
  const steps = req.joinWaitsForImages ? INSTALL_BEFORE_JOIN : INSTALL;
  await progress.finishRun(await runProcedure(session, session.hosts, ctx, steps, 'apply', progress));
}

const TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;

/** Join: Apply with the bootstrap token, then every node Ready; nodes outside the request are not touched. */
export async function joinNodes(session: Session, req: nodeV1.JoinRequest__Output, progress: ProgressStream): Promise<void> {
  let ctx;
  let api;
  try {
    // never echo the token: it is a credential
    if (!TOKEN.test(req.token))
      throw new SpecError([{ path: 'token', message: 'a bootstrap token id.secret from MasterInstaller.CreateBootstrapToken' }]);
    api = await adminAccess(session);
    ctx = await nodeContext(session, req.artifacts, { token: req.token });
  } catch (e) {
    return progress.finish(e);
  }
  const wait = { api, timeoutMs: (req.readyTimeoutSeconds || 300) * 1000 };
  await progress.finishRun(
    await runProcedure(
      session,
      session.hosts,
      ctx,
      joinProcedure(() => wait, req.prepared),
      'apply',
      progress,
    ),
  );
}

const REMOVE = procedure('remove', [removeNode]);

/** Remove: the node components off every host of the call (their Node objects stay). */
export async function removeInstall(session: Session, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    ctx = await nodeContext(session, null);
  } catch (e) {
    return progress.finish(e);
  }
  await progress.finishRun(await runProcedure(session, session.hosts, ctx, REMOVE, 'apply', progress));
}

/** RemoveNode: drain (unless skipped), delete the Node object, take the node off its host. */
export async function removeOneNode(session: Session, req: nodeV1.RemoveNodeRequest__Output, progress: ProgressStream): Promise<void> {
  try {
    hostConnection(session, req.nodeName);
    const api = await adminAccess(session);
    if (!req.skipDrain)
      await drainNode(
        api,
        { node: req.nodeName, gracePeriodSeconds: -1, timeoutMs: 600_000, deleteEmptyDirData: true, force: true },
        progress,
        session.signal,
      );
    const del = await kubeApi(api, 'DELETE', `/api/v1/nodes/${encodeURIComponent(req.nodeName)}`);
    if (del.status !== 200 && del.status !== 404)
      throw new PreconditionError(`deleting Node ${req.nodeName}: ${apiMessage(del)}`, req.nodeName);
    progress.log(`Node ${req.nodeName} deleted`, 'info', req.nodeName);
    const ctx = await nodeContext(session, null, { installOn: new Set([req.nodeName]) });
    await progress.finishRun(await runProcedure(session, session.hosts, ctx, REMOVE, 'apply', progress));
  } catch (e) {
    await progress.finish(e);
  }
}
