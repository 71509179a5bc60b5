import { LAYOUT, pki } from '../etcd/layout';
import { EtcdStep, installHosts } from './context';
import { certificateProblem } from '@kdeploy/x509';
import { installedPair } from '@kdeploy/installer';

/**
 * Installs the client identity etcdctl uses on the host for health checks, member changes and
 * snapshots (etcd accepts no client without a certificate). pki-service issues it; one that
 * is still good is kept.
 */
export const healthcheckClient: EtcdStep = {
  id: 'etcd/healthcheck-client',
  title: 'Install health-check client certificate',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const caPem = ops.mode === 'plan' ? (await ctx.pki.casIfAny())?.etcd : (await ctx.pki.cas()).etcd;
    const { cert, key } = pki('healthcheck-client');
    const installed = await installedPair(host, cert, key, ctx.signal);
    const problem = caPem ? certificateProblem(installed.certPem, caPem, installed.publicKeyPem) : 'the cluster has no etcd CA yet';
    if (!problem) return;
    if (ops.mode === 'plan') {
      await ops.run(`issue a health-check client certificate (${problem})`, `pki-service IssueCertificate ETCD_CLIENT_HEALTHCHECK`);
      return;
    }
    const issued = await ctx.pki.issue('CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK');
    await ops.ensureDirectory({ path: LAYOUT.pkiDir, mode: 0o755 });
    await ops.ensureFile({ path: key, content: issued.keyPem, mode: 0o600, secret: true });
    await ops.ensureFile({ path: cert, content: issued.certPem, mode: 0o644 });
  },
};
