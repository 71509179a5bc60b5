import { bindService, createGrpcServer, GrpcServer, TlsDir } from '@kdeploy/grpc';
import { Logger } from '@kdeploy/logging';
import { masterV1, loadKdeployPackage } from '@kdeploy/proto';
import { masterHandlers } from './handlers/master-handlers';

/** A running master-installer: its server and the address it is bound to. */
export interface MasterInstallerService {
  server: GrpcServer;
  address: string;
  stop(): Promise<void>;
}

/** Starts serving kdeploy.master.v1.MasterInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export async function startMasterInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<MasterInstallerService> {
  const pkg = loadKdeployPackage();
  const tls = opts.tls ? { server: opts.tls.server(), client: opts.tls.client() } : undefined;
  const server = createGrpcServer({
    name: 'master-installer',
    logger: opts.logger,
    services: [
      bindService<masterV1.MasterInstallerHandlers>(
        pkg.kdeploy.master.v1.MasterInstaller.service,
        masterHandlers({ logger: opts.logger, pkiTls: tls?.client }),
      ),
    ],
    handleSignals: opts.handleSignals,
    tls: tls?.server,
    // An Apply may run for minutes; shutdown lets it finish its current step for a while.
    shutdownTimeoutMs: 30_000,
  });
  const port = await server.start(opts.listen);
  const host = opts.listen.slice(0, opts.listen.lastIndexOf(':'));
  return { server, address: `${host}:${port}`, stop: () => server.shutdown() };
}
