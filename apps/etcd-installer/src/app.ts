import { TlsDir } from '@kdeploy/grpc';
import { installerProcess, InstallerService, startInstallerServer } from '@kdeploy/installer';
import { Logger } from '@kdeploy/logging';
import { etcdV1, loadKdeployPackage } from '@kdeploy/proto';
import { etcdHandlers } from './handlers/etcd-handlers';

/** This process: its name, --help summary, service and default address (libs/proto's SERVICES). */
export const ETCD_INSTALLER = installerProcess('etcd-installer', 'installs and operates etcd clusters over SSH');

/** Starts serving kdeploy.etcd.v1.EtcdInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export function startEtcdInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<InstallerService> {
  return startInstallerServer<etcdV1.EtcdInstallerHandlers>({
    process: ETCD_INSTALLER,
    service: loadKdeployPackage().kdeploy.etcd.v1.EtcdInstaller.service,
    handlers: etcdHandlers,
    ...opts,
  });
}
