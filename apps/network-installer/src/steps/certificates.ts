import { ensureHostSignedPair } from '@kdeploy/installer';
import { flannelKubeconfig } from '../flannel/kubeconfig';
import { ETCD_CA, ETCD_CLIENT, KUBE_CA, KUBE_CLIENT, LAYOUT, UNIT } from '../flannel/layout';
import { NetStep } from './context';

/**
 * flanneld's identity on each node, its key made there: with etcd, a client certificate of the
 * etcd CA whose CN is etcd's user "flannel"; with the Kubernetes subnet manager, an API client
 * certificate (CN kdeploy:flannel) and a kubeconfig that points at the key on disk.
 */
export const certificates: NetStep = {
  id: 'network/certificates',
  title: 'Install flanneld certificates',
  async run(ctx, host, ops) {
    await ops.ensureDirectory({ path: LAYOUT.configDir, mode: 0o755 });
    await ops.ensureDirectory({ path: LAYOUT.pkiDir, mode: 0o700 });
    const cas = ops.mode === 'plan' ? await ctx.pki.casIfAny() : await ctx.pki.cas();
    if (!cas) {
      await ops.run("install flanneld's certificates (the cluster has no CA in pki-service yet)", 'pki-service InitCluster');
      return;
    }
    const etcd = ctx.settings.subnetManager === 'etcd';
    const caPem = etcd ? cas.etcd : cas.kubernetes;
    await ops.ensureFile({ path: etcd ? ETCD_CA : KUBE_CA, content: caPem, mode: 0o644, notify: [UNIT] });
    await ensureHostSignedPair(
      host,
      ops,
      ctx.pki,
      {
        ...(etcd ? ETCD_CLIENT : KUBE_CLIENT),
        profile: etcd ? 'CERTIFICATE_PROFILE_ETCD_CLIENT_FLANNEL' : 'CERTIFICATE_PROFILE_FLANNEL',
        subject: etcd ? '/CN=flannel' : '/CN=kdeploy:flannel',
        sans: { dns: [], ips: [] },
        caPem,
        caName: etcd ? 'etcd CA' : 'kubernetes CA',
        notify: [UNIT],
        what: etcd ? "flanneld's etcd client" : "flanneld's API client",
      },
      ctx.signal,
    );
    if (!etcd && ctx.endpoint) {
      await ops.ensureFile({ path: LAYOUT.kubeconfig, content: flannelKubeconfig(ctx.endpoint.server), mode: 0o600, notify: [UNIT] });
    }
  },
};
