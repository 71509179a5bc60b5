import { initClusterRequest } from '../requests';
import type { Stage } from '../stage';

const CAS = ['kubernetes-ca', 'etcd-ca', 'front-proxy-ca'];

/**
 * The cluster's PKI: pki-service InitCluster. Idempotent on pki-service's side (an existing
 * cluster keeps its CAs; only changed facts such as the host list are written), so a resumed
 * job may run it again. The plan asks the same call in dry-run mode, so both agree.
 * A removal keeps the CAs, so a redeploy trusts the same roots; a purge (DELETE with
 * purgePki=true) deletes them in pki-service, after every host is clean.
 */
export const pkiStage: Stage = {
  id: 'pki',
  title: 'Create the cluster PKI',
  needs: [],

  async run(ctx) {
    ctx.progress.hostStepStarted('pki-service', 'pki/init-cluster', 'Create or confirm the CAs');
    const started = Date.now();
    const r = await ctx.services.pki.unary('InitCluster', initClusterRequest(ctx.inputs), { signal: ctx.signal });
    ctx.progress.hostStepFinished(
      'pki-service',
      'pki/init-cluster',
      'Create or confirm the CAs',
      r.created || r.factsChanged ? 'changed' : 'unchanged',
      Date.now() - started,
    );
  },

  purgeTitle: 'Delete the cluster PKI',
  async purge(ctx) {
    ctx.progress.hostStepStarted('pki-service', 'pki/delete-cluster', 'Delete the CAs and certificate records');
    const started = Date.now();
    const r = await ctx.services.pki.unary('DeleteCluster', { clusterId: ctx.inputs.clusterId }, { signal: ctx.signal });
    ctx.progress.hostStepFinished(
      'pki-service',
      'pki/delete-cluster',
      'Delete the CAs and certificate records',
      r.deleted ? 'changed' : 'unchanged',
      Date.now() - started,
    );
  },

  async plan(ctx) {
    const r = await ctx.services.pki.unary('InitCluster', { ...initClusterRequest(ctx.inputs), dryRun: true }, { signal: ctx.signal });
    const changes = r.created
      ? CAS.map((ca) => ({ step: 'pki/init-cluster', action: 'CREATE', target: ca, reason: 'missing' }))
      : r.factsChanged
        ? [
            {
              step: 'pki/init-cluster',
              action: 'UPDATE',
              target: 'cluster facts (hosts, service CIDR, domain, endpoint)',
              reason: 'they differ from the recorded ones; the CAs exist and are kept',
            },
          ]
        : [];
    return { stage: 'pki', hosts: [{ host: 'pki-service', changes }] };
  },
};
