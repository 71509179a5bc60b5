import { installBinariesStep } from '@kdeploy/installer';
import { LAYOUT } from '../etcd/layout';
import { installHosts, InstallCtx } from './context';

/** etcd, etcdctl and etcdutl on every member, through the kit's binary step (hash-named cache, quick check). */
export const installBinaries = installBinariesStep<InstallCtx>({
  id: 'etcd/install-binaries',
  title: 'Install etcd binaries',
  layout: { binDir: LAYOUT.binDir, cacheDir: LAYOUT.cacheDir },
  prepare: installHosts,
});
