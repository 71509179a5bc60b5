import { initClusterRequest } from '../requests';
import type { Stage } from '../stage';

const CAS = ['kubernetes-ca', 'etcd-ca', 'front-proxy-ca'];

/**
 * The cluster's PKI: pki-service InitCluster. Idempotent on pki-service's side (an existing
 * cluster keeps its CAs; only changed facts such as the host list are written), so a resumed
 * job may run it again. The plan asks the same call in dry-run mode, so both agree.
 * Nothing is removed: the CAs outlive a removal so a redeploy trusts the same roots.
 */
export const pkiStage: Stage = {
  id: 'pki',
  title: 'Create the cluster PKI',
  needs: [],

  async run(ctx) {
    ctx.progress.hostStepStarted('pki-service', 'pki/init-cluster', 'Create or confirm the CAs');
    const started = Date.now();
    const r = await ctx.services.pki.unary('InitCluster', initClusterRequest(ctx.inputs), { signal: ctx.signal });
    ctx.progress.hostStepFinished('pki-service', 'pki/init-cluster', 'Create or confirm the CAs', r.created || r.factsChanged ? 'changed' : 'unchanged', Date.now() - started);
  },

  async plan(ctx) {
    const r = await ctx.services.pki.unary('InitCluster', { ...initClusterRequest(ctx.inputs), dryRun: true }, { signal: ctx.signal });
    const changes = r.created
      ? CAS.map((ca) => ({ step: 'pki/init-cluster', action: 'CREATE', target: ca, reason: 'missing' }))
      : r.factsChanged
        ? [{ step: 'pki/init-cluster', action: 'UPDATE', target: 'cluster facts (hosts, service CIDR, domain, endpoint)', reason: 'they differ from the recorded ones; the CAs exist and are kept' }]
        : [];
    return { stage: 'pki', hosts: [{ host: 'pki-service', changes }] };
  },
};
