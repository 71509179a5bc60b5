import { recordOwner } from '@kdeploy/steps';
import { EtcdStep, installHosts } from './context';

/**
 * Records on each host that this cluster owns it, right after preflight (which refuses a host
 * another cluster owns), so a second cluster's plan or apply is refused there from now on.
 */
export const recordOwnerStep: EtcdStep = {
  id: 'etcd/record-owner',
  title: 'Record the owning cluster',
  prepare: installHosts,
  async run(ctx, _host, ops) {
    await recordOwner(ops, ctx.clusterId);
  },
};
