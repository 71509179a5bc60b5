import { adminApiAccess, ProgressStream, runProcedure, toProtoPlan } from '@kdeploy/installer';
import { serverSideApply } from '@kdeploy/kube-api';
import { networkV1 } from '@kdeploy/proto';
import { flannelRbac } from '../flannel/rbac';
import { INSTALL, networkContext, readNodes, REMOVE } from './install';
import { checkPairs } from './pair-check';
import { endpointOf, pkiOf, Session } from './session';

/** With the Kubernetes subnet manager, the API as the cluster admin for this call; none with etcd. */
const apiOf = (session: Session) =>
  session.settings.subnetManager === 'kube'
    ? adminApiAccess(pkiOf(session), endpointOf(session), session.signal)
    : Promise.resolve(undefined);

/** Plan: the checks between nodes, then the same steps as Apply in plan mode; nothing changes. */
export async function planNetwork(session: Session, req: networkV1.PlanRequest__Output): Promise<networkV1.PlanResponse> {
  const nodes = await readNodes(session);
  await checkPairs(session, nodes);
  const result = await runProcedure(session, session.hosts, await networkContext(session, req.artifacts, nodes), INSTALL, 'plan');
  if (result.error) throw result.error;
  return { plan: toProtoPlan(result.plan) };
}

/**
 * Apply: the checks between nodes (refused before any change, the failing pairs named); with
 * the Kubernetes subnet manager flannel's RBAC by server-side apply; then every node converged.
 */
export async function applyNetwork(session: Session, req: networkV1.ApplyRequest__Output, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    const nodes = await readNodes(session);
    await checkPairs(session, nodes);
    const api = await apiOf(session);
    ctx = await networkContext(session, req.artifacts, nodes, api);
    if (api) {
      for (const o of flannelRbac()) {
        const outcome = await serverSideApply(api, o);
        if (outcome !== 'unchanged') progress.log(`${o.kind} ${o.metadata.name} ${outcome}`);
      }
    }
  } catch (e) {
    return progress.finish(e);
  }
  await progress.finishRun(await runProcedure(session, session.hosts, ctx, INSTALL, 'apply', progress));
}

/** Remove: the pod network off every node of the call. */
export async function removeNetworkFromHosts(session: Session, progress: ProgressStream): Promise<void> {
  let ctx;
  try {
    ctx = await networkContext(
      session,
      null,
      session.hosts.map((h) => ({ name: h.name, address: h.address, ifaceMtu: 0 })),
    );
  } catch (e) {
    return progress.finish(e);
  }
  await progress.finishRun(await runProcedure(session, session.hosts, ctx, REMOVE, 'apply', progress));
}
