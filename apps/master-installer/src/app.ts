import { TlsDir } from '@kdeploy/grpc';
import { installerProcess, InstallerService, startInstallerServer } from '@kdeploy/installer';
import { Logger } from '@kdeploy/logging';
import { loadKdeployPackage, masterV1 } from '@kdeploy/proto';
import { masterHandlers } from './handlers/master-handlers';

/** This process: its name, --help summary, service and default address (libs/proto's SERVICES). */
export const MASTER_INSTALLER = installerProcess('master-installer', 'installs the Kubernetes control plane over SSH');

/** Starts serving kdeploy.master.v1.MasterInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export function startMasterInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<InstallerService> {
  return startInstallerServer<masterV1.MasterInstallerHandlers>({
    process: MASTER_INSTALLER,
    service: loadKdeployPackage().kdeploy.master.v1.MasterInstaller.service,
    handlers: masterHandlers,
    ...opts,
  });
}
