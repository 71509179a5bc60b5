import { TlsDir } from '@kdeploy/grpc';
import { installerProcess, InstallerService, startInstallerServer } from '@kdeploy/installer';
import { Logger } from '@kdeploy/logging';
import { loadKdeployPackage, nodeV1 } from '@kdeploy/proto';
import { nodeHandlers } from './handlers/node-handlers';

/** This process: its name, --help summary, service and default address (libs/proto's SERVICES). */
export const NODE_INSTALLER = installerProcess('node-installer', 'prepares hosts and runs containerd, kubelet and kube-proxy over SSH');

/** Starts serving kdeploy.node.v1.NodeInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export function startNodeInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<InstallerService> {
  return startInstallerServer<nodeV1.NodeInstallerHandlers>({
    process: NODE_INSTALLER,
    service: loadKdeployPackage().kdeploy.node.v1.NodeInstaller.service,
    handlers: nodeHandlers,
    ...opts,
  });
}
