import { installBinariesStep } from '@kdeploy/installer';
import { LAYOUT } from '../flannel/layout';
import { NetCtx } from './context';

/** flanneld, through the kit's binary step (hash-named cache, quick check). */
export const installFlanneld = installBinariesStep<NetCtx>({
  id: 'network/install-binaries',
  title: 'Install flanneld',
  layout: { binDir: LAYOUT.binDir, cacheDir: LAYOUT.cacheDir },
  select: (artifacts) => artifacts.filter((a) => a.name === 'flanneld'),
});

/** With etcd: etcdctl, apart from any etcd member's, to write flannel's config and release a node's lease with flannel's own identity. */
export const installEtcdctl = installBinariesStep<NetCtx>({
  id: 'network/install-etcdctl',
  title: 'Install etcdctl for flannel',
  layout: { binDir: LAYOUT.toolsDir, cacheDir: LAYOUT.cacheDir },
  prepare: (ctx, hosts) => (ctx.settings.subnetManager === 'etcd' ? hosts : []),
  select: (artifacts) => artifacts.filter((a) => a.name === 'etcdctl'),
});
