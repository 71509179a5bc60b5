import { NotFoundError } from '@kdeploy/errors';
import { RemoteCallError } from '@kdeploy/grpc';
import { initClusterRequest } from '../requests';
import type { Stage, StageContext } from '../stage';

const CAS = ['kubernetes-ca', 'etcd-ca', 'front-proxy-ca'];

/** True when pki-service holds the cluster's CAs (the dry run must not create them). */
export async function pkiExists(ctx: StageContext): Promise<boolean> {
  return ctx.services.pki.unary('GetCACertificates', { clusterId: ctx.inputs.clusterId }, { signal: ctx.signal }).then(
    (r) => r.cas.length > 0,
    (e: unknown) => {
      if ((e instanceof RemoteCallError || e instanceof NotFoundError) && e.code === 'not-found') return false;
      throw e;
    },
  );
}

/**
 * The cluster's PKI: pki-service InitCluster. Idempotent on pki-service's side (an existing
 * cluster keeps its CAs; only the host list is updated), so a resumed job may run it again.
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
    ctx.progress.hostStepFinished('pki-service', 'pki/init-cluster', 'Create or confirm the CAs', r.created ? 'changed' : 'unchanged', Date.now() - started);
  },

  async plan(ctx) {
    const exists = await pkiExists(ctx);
    const changes = exists
      ? [{ step: 'pki/init-cluster', action: 'UPDATE', target: 'host list', reason: 'the CAs exist and are kept' }]
      : CAS.map((ca) => ({ step: 'pki/init-cluster', action: 'CREATE', target: ca, reason: 'missing' }));
    return { stage: 'pki', hosts: [{ host: 'pki-service', changes }] };
  },
};
