import { installedKubeconfigIdentity, installedPair } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { certificateProblem } from '@kdeploy/x509';
import { kubeProxyKubeconfig } from '../node/kubeconfigs';
import { CA_CERT, KUBELET_SERVING, LAYOUT, UNITS } from '../node/layout';
import { installHosts, NodeStep, nodeOf } from './context';

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

    const { cert, key } = KUBELET_SERVING;
    await ops.run('generate the kubelet serving key', sh`umask 077 && openssl genrsa -out ${key} 2048 2>/dev/null`, {
      check: sh`test -s ${key}`,
    });
    const installed = await installedPair(host, cert, key, ctx.signal);
    const sans = { dns: [n.name], ips: [n.address] };
    const problem = certificateProblem(installed.certPem, ca, installed.publicKeyPem, sans, 'kubernetes CA');
    if (problem) {
      const csr = sh`openssl req -new -key ${key} -subj ${`/O=system:nodes/CN=system:node:${n.name}`} -batch`;
      if (ops.mode === 'plan') await ops.run(`sign a new kubelet serving certificate (${problem})`, csr);
      else {
        const out = await host.exec(csr, { signal: ctx.signal });
        const pem = await ctx.pki.sign('CERTIFICATE_PROFILE_KUBELET_SERVING', n.name, out.stdout, sans);
        ops.log(`new kubelet serving certificate: ${problem === 'missing' ? 'the host had none' : `the old one was ${problem}`}`);
        await ops.ensureFile({ path: cert, content: pem, mode: 0o644, notify: [UNITS.kubelet] });
      }
    }

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
  },
};
