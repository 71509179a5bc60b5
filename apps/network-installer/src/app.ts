import { TlsDir } from '@kdeploy/grpc';
import { installerProcess, InstallerService, startInstallerServer } from '@kdeploy/installer';
import { Logger } from '@kdeploy/logging';
import { loadKdeployPackage, networkV1 } from '@kdeploy/proto';
import { networkHandlers } from './handlers/network-handlers';

/** This process: its name, --help summary, service and default address (libs/proto's SERVICES). */
export const NETWORK_INSTALLER = installerProcess('network-installer', 'runs flanneld and the CNI config on the nodes over SSH');

/** Starts serving kdeploy.network.v1.NetworkInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export function startNetworkInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<InstallerService> {
  return startInstallerServer<networkV1.NetworkInstallerHandlers>({
    process: NETWORK_INSTALLER,
    service: loadKdeployPackage().kdeploy.network.v1.NetworkInstaller.service,
    handlers: networkHandlers,
    ...opts,
  });
}
