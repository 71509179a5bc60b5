import { installerStage } from '../installer-stage';
import { endpointOf, installerRequest, networkSpecOf, pkiSourceOf, targetOf } from '../requests';
import type { StageContext } from '../stage';

const request = (ctx: StageContext) => ({
  ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
  spec: networkSpecOf(ctx.inputs),
  endpoint: endpointOf(ctx.inputs),
});

/**
 * The pod network: flanneld on every node. It runs beside the join: with the Kubernetes subnet
 * manager it waits for the Nodes the kubelets register, and the kubelets report Ready once it
 * has written their CNI config.
 */
export const networkStage = installerStage(
  { id: 'network', title: 'Install the pod network', removeTitle: 'Remove the pod network', needs: ['master', 'node'] },
  {
    plan: (ctx) => ctx.services.network.unary('Plan', request(ctx), { signal: ctx.signal }),
    apply: (ctx) => ctx.services.network.stream('Apply', request(ctx), { signal: ctx.signal }),
    remove: (ctx) =>
      ctx.services.network.stream(
        'Remove',
        { target: targetOf(ctx.inputs), spec: networkSpecOf(ctx.inputs), pki: pkiSourceOf(ctx.services.addresses.pki) },
        { signal: ctx.signal },
      ),
  },
);
