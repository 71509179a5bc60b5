import { ensureHostSignedPair, installedKubeconfigIdentity } from '@kdeploy/installer';
import { kubeProxyKubeconfig } from '../node/kubeconfigs';
import { CA_CERT, KUBELET_SERVING, LAYOUT, UNITS } from '../node/layout';
import { installHosts, NodeCtx, NodeStep, nodeOf } from './context';
import type { HostConnection } from '@kdeploy/ssh';
import type { HostOps } from '@kdeploy/steps';

/**
 * The cluster CA, the kubelet's serving certificate and kube-proxy's identity. The serving key
 * is made on the node (openssl, 0600) and only its CSR goes to pki-service, which signs it for
 * the node's own name and address and nothing else; kube-proxy's identity is issued by
 * pki-service. The kubelet's client key is the kubelet's own (TLS bootstrapping), never here.
 * Certificates that are still good are kept.
 */
export const certificates: NodeStep = {
  id: 'node/certificates',
  title: 'Install certificates',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const n = nodeOf(ctx, host);
    const ca = ops.mode === 'plan' ? (await ctx.pki.casIfAny())?.kubernetes : (await ctx.pki.cas()).kubernetes;
    await ops.ensureDirectory({ path: LAYOUT.kubernetesDir, mode: 0o755 });
    await ops.ensureDirectory({ path: LAYOUT.pkiDir, mode: 0o755 });
    await ops.ensureDirectory({ path: LAYOUT.kubeletDir, mode: 0o700 });
    await ops.ensureDirectory({ path: LAYOUT.kubeletPkiDir, mode: 0o700 });
    if (!ca) {
      await ops.run('install every certificate (the cluster has no CA in pki-service yet)', 'pki-service InitCluster');
      return;
    }
    await ops.ensureFile({ path: CA_CERT, content: ca, mode: 0o644, notify: [UNITS.kubelet] });

    // the two identities are independent: the host's key generation overlaps pki-service's issuing
    const serving = ensureHostSignedPair(
      host,
      ops,
      ctx.pki,
      {
        ...KUBELET_SERVING,
        profile: 'CERTIFICATE_PROFILE_KUBELET_SERVING',
        subject: `/O=system:nodes/CN=system:node:${n.name}`,
        sans: { dns: [n.name], ips: [n.address] },
        caPem: ca,
        caName: 'kubernetes CA',
        notify: [UNITS.kubelet],
        what: 'kubelet serving',
      },
      ctx.signal,
    );
    await Promise.all([serving, kubeProxyIdentity(ctx, host, ops, ca)]);
  },
};

/** kube-proxy's kubeconfig with its identity from pki-service, kept while still good for this endpoint and CA. */
async function kubeProxyIdentity(ctx: NodeCtx, host: HostConnection, ops: HostOps, ca: string): Promise<void> {
  const proxyIdentity = await installedKubeconfigIdentity(
    host,
    LAYOUT.kubeProxyKubeconfig,
    { server: ctx.endpoint.server, caPem: ca, caName: 'kubernetes CA' },
    ctx.signal,
  );
  if (proxyIdentity.problem && ops.mode === 'plan') {
    await ops.run(
      `write kube-proxy's kubeconfig with a new identity (${proxyIdentity.problem})`,
      'pki-service IssueCertificate CERTIFICATE_PROFILE_KUBE_PROXY',
    );
    return;
  }
  const creds = proxyIdentity.pair ?? (await ctx.pki.issue('CERTIFICATE_PROFILE_KUBE_PROXY'));
  await ops.ensureFile({
    path: LAYOUT.kubeProxyKubeconfig,
    content: kubeProxyKubeconfig(ctx.endpoint.server, ca, creds.certPem, creds.keyPem),
    mode: 0o600,
    secret: true,
    notify: [UNITS.kubeProxy],
  });
}
