import { withJournal } from '@kdeploy/installer';
import { buildKubeProxyConfiguration, toKubeYaml } from '@kdeploy/templates';
import { LAYOUT, UNITS } from '../node/layout';
import { kubeProxyUnit } from '../node/units';
import { factsOf, installHosts, NodeStep, nodeOf } from './context';

/** kube-proxy's config (mode from the spec), unit, and kube-proxy running. */
export const kubeProxy: NodeStep = {
  id: 'node/kube-proxy',
  title: 'Run kube-proxy',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const n = nodeOf(ctx, host);
    const f = factsOf(ctx, host);
    await ops.ensureDirectory({ path: LAYOUT.kubeProxyDir, mode: 0o700 });
    const config = buildKubeProxyConfiguration({
      kubeconfigPath: LAYOUT.kubeProxyKubeconfig,
      clusterCIDR: ctx.settings.podCidr,
      mode: ctx.settings.proxyMode,
      hostnameOverride: n.name,
      // where /proc/sys is read-only kube-proxy cannot size the conntrack table: it keeps the kernel's
      ...(f.conntrackWritable ? {} : { conntrackMaxPerCore: 0 }),
    });
    await ops.ensureFile({
      path: LAYOUT.kubeProxyConfig,
      content: toKubeYaml({ ...config, apiVersion: ctx.version.configs.kubeProxy.apiVersion }),
      mode: 0o600,
      notify: [UNITS.kubeProxy],
    });
    const sha = ctx.artifacts.find((a) => a.name === 'kube-proxy')?.sha256 ?? '';
    await ops.ensureUnit(UNITS.kubeProxy, kubeProxyUnit(ctx.version, n.name, sha));
    await ops.ensureServiceRunning(UNITS.kubeProxy).catch((e: unknown) => withJournal(host, UNITS.kubeProxy, e));
  },
};
