import { installerStage } from '../installer-stage';
import { endpointOf, installerRequest, networkSpecOf, pkiSourceOf, targetOf } from '../requests';
import type { Stage, StageContext } from '../stage';

const request = (ctx: StageContext) => ({
  ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
  spec: networkSpecOf(ctx.inputs),
  endpoint: endpointOf(ctx.inputs),
});

const base = installerStage(
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

/**
 * The pod network: flanneld on every node. With the etcd subnet manager it needs only etcd and
 * the prepared nodes, so the CNI config is there before the kubelets start and they report Ready
 * at once. With the Kubernetes subnet manager it needs the API and runs beside the join: it waits
 * for the Nodes the kubelets register, and they report Ready once it has written their CNI config.
 */
export const networkStage: Stage = {
  ...base,
  needsFor: (spec) => (spec.spec.network.subnetManager === 'etcd' ? ['etcd', 'node'] : base.needs),
};
