import { installBinariesStep } from '@kdeploy/installer';
import { LAYOUT } from '../control-plane/layout';
import { installHosts, MasterCtx } from './context';

/** kube-apiserver, kube-controller-manager and kube-scheduler, through the kit's binary step (hash-named cache, quick check). */
export const installBinaries = installBinariesStep<MasterCtx>({
  id: 'master/install-binaries',
  title: 'Install control-plane binaries',
  layout: { binDir: LAYOUT.binDir, cacheDir: LAYOUT.cacheDir },
  prepare: installHosts,
});
