import { sh } from '@kdeploy/ssh';
import { hostKeyCommand, installedPair } from '@kdeploy/installer';
import { certificateProblem } from '@kdeploy/x509';
import { LAYOUT, PKI, unitName } from '../control-plane/layout';
import { installHosts, MasterStep, masterOf } from './context';
import { ensureIssuedPair } from './issued-pair';

const APISERVER = unitName('kube-apiserver');
const CONTROLLER_MANAGER = unitName('kube-controller-manager');

/**
 * The CA certificates, the apiserver's serving certificate, its client identities (etcd,
 * kubelets, front proxy), the cluster signer, the CA bundle and the service-account key pair.
 * The serving key is made on the master and only its CSR goes to pki-service; the others are
 * issued whole. Keys 0600, certificates 0644, root-owned; a certificate that is still good is
 * kept, so a re-apply signs nothing. No CA key is ever written here.
 */
export const certificates: MasterStep = {
  id: 'master/certificates',
  title: 'Install certificates and keys',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = masterOf(ctx, host);
    await ops.ensureDirectory({ path: LAYOUT.kubernetesDir, mode: 0o755 });
    await ops.ensureDirectory({ path: LAYOUT.pkiDir, mode: 0o755 });
    const cas = ops.mode === 'plan' ? await ctx.pki.casIfAny() : await ctx.pki.cas();
    if (!cas) {
      await ops.run('install every certificate (the cluster has no CAs in pki-service yet)', `pki-service InitCluster`);
      return;
    }
    const both = [APISERVER, CONTROLLER_MANAGER];
    await ops.ensureFile({ path: PKI.ca, content: cas.kubernetes, mode: 0o644, notify: both });
    await ops.ensureFile({ path: PKI.etcdCa, content: cas.etcd, mode: 0o644, notify: [APISERVER] });
    await ops.ensureFile({ path: PKI.frontProxyCa, content: cas.frontProxy, mode: 0o644, notify: [APISERVER] });

    // The serving key never leaves the master: a CSR of it is signed for the derived SANs.
    const serving = PKI.apiserver;
    await ops.run('generate the apiserver serving key', hostKeyCommand(serving.key, cas.leafKey), {
      check: sh`test -s ${serving.key}`,
    });
    const installed = await installedPair(host, serving.cert, serving.key, ctx.signal);
    const sans = { dns: ctx.request.sans.dnsNames, ips: ctx.request.sans.ipAddresses };
    const problem = certificateProblem(installed.certPem, cas.kubernetes, installed.publicKeyPem, sans, 'kubernetes CA');
    if (problem) {
      const csrCommand = sh`openssl req -new -key ${serving.key} -subj ${'/CN=kube-apiserver'} -batch`;
      if (ops.mode === 'plan') await ops.run(`sign a new apiserver serving certificate (${problem})`, csrCommand);
      else {
        const csr = await host.exec(csrCommand, { signal: ctx.signal });
        const certPem = await ctx.pki.sign('CERTIFICATE_PROFILE_APISERVER_SERVING', m.name, csr.stdout, sans);
        ops.log(`new apiserver serving certificate: ${problem === 'missing' ? 'the host had none' : `the old one was ${problem}`}`);
        await ops.ensureFile({ path: serving.cert, content: certPem, mode: 0o644, notify: [APISERVER] });
      }
    }

    const k8s = { caPem: cas.kubernetes, caName: 'kubernetes CA' };
    await ensureIssuedPair(ctx, host, ops, {
      profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER',
      what: 'apiserver etcd client',
      caPem: cas.etcd,
      caName: 'etcd CA',
      files: PKI.apiserverEtcdClient,
      notify: [APISERVER],
    });
    await ensureIssuedPair(ctx, host, ops, {
      profile: 'CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT',
      what: 'apiserver kubelet client',
      ...k8s,
      files: PKI.apiserverKubeletClient,
      notify: [APISERVER],
    });
    await ensureIssuedPair(ctx, host, ops, {
      profile: 'CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT',
      what: 'front-proxy client',
      caPem: cas.frontProxy,
      caName: 'front-proxy CA',
      files: PKI.frontProxyClient,
      notify: [APISERVER],
    });

    if (ctx.signer) {
      await ops.ensureFile({ path: PKI.clusterSigner.key, content: ctx.signer.keyPem, mode: 0o600, secret: true, notify: both });
      await ops.ensureFile({ path: PKI.clusterSigner.cert, content: ctx.signer.certPem, mode: 0o644, notify: both });
      // What kubelets present chains to the signer, and they send no intermediate: trust both.
      const bundle = `${cas.kubernetes.trimEnd()}\n${ctx.signer.certPem.trimEnd()}\n`;
      await ops.ensureFile({ path: PKI.caBundle, content: bundle, mode: 0o644, notify: both });
    } else await ops.run('issue the cluster signer and write the CA bundle', `pki-service IssueCertificate CLUSTER_SIGNER`);

    // The same pair on every master, from pki-service (it is no CA's key).
    const sa = await ctx.pki.serviceAccountKeys();
    await ops.ensureFile({ path: PKI.serviceAccount.privateKey, content: sa.keyPem, mode: 0o600, secret: true, notify: both });
    await ops.ensureFile({ path: PKI.serviceAccount.publicKey, content: sa.publicKeyPem, mode: 0o644, notify: [APISERVER] });
  },
};
