import { forwardProgress } from '../forward-progress';
import { installerRequest, nodeSpecOf, pkiSourceOf, targetOf } from '../requests';
import type { Stage, StageContext } from '../stage';
import { deriveCluster } from '@kdeploy/cluster-spec';
import { networkStage } from '../stages/network';
import { pkiStage } from '../stages/pki';
import { specWithoutNode } from './jobs';

const DRAIN_TIMEOUT_S = 300;

/** The one host a removal job's stages act on (its records' scope). */
function removedHost(ctx: StageContext): string {
  const [host, ...more] = ctx.inputs.scope ?? [];
  if (!host || more.length) throw new Error(`a node removal acts on one host; its stage names ${ctx.inputs.scope?.length ?? 0}`);
  return host;
}

/**
 * Cordon, then evict every pod through the Eviction API (disruption budgets are honoured;
 * DaemonSet and static pods stay, as with kubectl drain). Removing the node is what was asked
 * for, so pods without a controller and emptyDir data go too.
 */
export const drainStage: Stage = {
  id: 'drain',
  title: 'Drain the node',
  needs: [],
  async run(ctx) {
    const nodeName = removedHost(ctx);
    const request = {
      target: { ...targetOf(ctx.inputs), hosts: [] },
      spec: nodeSpecOf(ctx.inputs),
      pki: pkiSourceOf(ctx.services.addresses.pki),
      nodeName,
      gracePeriodSeconds: -1,
      timeoutSeconds: DRAIN_TIMEOUT_S,
      deleteEmptydirData: true,
      force: true,
    };
    await forwardProgress('node Drain', ctx.services.node.stream('Drain', request, { signal: ctx.signal }), ctx.progress);
  },
};

/** The Node object deleted, then the node's components taken off its host (the drain is done). */
export const nodeOffStage: Stage = {
  id: 'node-off',
  title: 'Remove the node from the cluster and its host',
  needs: [],
  async run(ctx) {
    const request = {
      ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
      spec: nodeSpecOf(ctx.inputs),
      nodeName: removedHost(ctx),
      skipDrain: true,
    };
    await forwardProgress('node RemoveNode', ctx.services.node.stream('RemoveNode', request, { signal: ctx.signal }), ctx.progress);
  },
};

/** flanneld, its CNI config and its interfaces off the removed node's host. */
export const networkOffStage: Stage = {
  id: 'network-off',
  title: "Remove the pod network from the node's host",
  needs: [],
  async run(ctx) {
    removedHost(ctx);
    if (!networkStage.remove) throw new Error('the network stage has no removal');
    await networkStage.remove(ctx);
  },
};

/**
 * pki-service's facts without the node (it signs only for hosts of the cluster), so the next
 * re-apply finds nothing to change. The stored spec follows when the job is done.
 */
export const pkiForgetStage: Stage = {
  id: 'pki-forget',
  title: 'Remove the node from the cluster PKI',
  needs: [],
  async run(ctx) {
    const spec = specWithoutNode(ctx.inputs.spec, removedHost(ctx));
    await pkiStage.run({ ...ctx, inputs: { ...ctx.inputs, spec, derived: deriveCluster(spec), scope: undefined } });
  },
};

/** Stages only day-2 jobs run; the deploy graph's stages are looked up beside them. */
export const DAY2_STAGES: readonly Stage[] = [drainStage, nodeOffStage, networkOffStage, pkiForgetStage];
