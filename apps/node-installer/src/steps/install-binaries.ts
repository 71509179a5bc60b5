import { installBinariesStep } from '@kdeploy/installer';
import { CNI_PLUGINS, cniArtifact, LAYOUT, NODE_BINARIES } from '../node/layout';
import { installHosts, NodeCtx } from './context';

const named = (names: readonly string[]) => (artifacts: NodeCtx['artifacts']) => artifacts.filter((a) => names.includes(a.name));

/** containerd, runc, crictl, kubelet and kube-proxy, through the kit's binary step (hash-named cache, quick check). */
export const installBinaries = installBinariesStep<NodeCtx>({
  id: 'node/install-binaries',
  title: 'Install node binaries',
  layout: { binDir: LAYOUT.binDir, cacheDir: LAYOUT.cacheDir },
  prepare: installHosts,
  select: named(NODE_BINARIES),
});

/** The CNI plugins in /opt/cni/bin under their own names (the bundle's cni-bridge is bridge). */
export const installCniPlugins = installBinariesStep<NodeCtx>({
  id: 'node/install-cni-plugins',
  title: 'Install CNI plugins',
  layout: { binDir: LAYOUT.cniBinDir, cacheDir: LAYOUT.cacheDir },
  prepare: installHosts,
  select: named(CNI_PLUGINS.map(cniArtifact)),
  fileName: (n) => n.replace(/^cni-/, ''),
});
