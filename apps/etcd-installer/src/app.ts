import { bindService, createGrpcServer, GrpcServer, TlsDir } from '@kdeploy/grpc';
import { Logger } from '@kdeploy/logging';
import { etcdV1, loadKdeployPackage } from '@kdeploy/proto';
import { etcdHandlers } from './handlers/etcd-handlers';

/** A running etcd-installer: its server and the address it is bound to. */
export interface EtcdInstallerService {
  server: GrpcServer;
  address: string;
  stop(): Promise<void>;
}

/** Starts serving kdeploy.etcd.v1.EtcdInstaller; main.ts calls it with the parsed config, tests with 127.0.0.1:0. */
export async function startEtcdInstaller(opts: {
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<EtcdInstallerService> {
  const pkg = loadKdeployPackage();
  const tls = opts.tls ? { server: opts.tls.server(), client: opts.tls.client() } : undefined;
  const server = createGrpcServer({
    name: 'etcd-installer',
    logger: opts.logger,
    services: [
      bindService<etcdV1.EtcdInstallerHandlers>(
        pkg.kdeploy.etcd.v1.EtcdInstaller.service,
        etcdHandlers({ logger: opts.logger, pkiTls: tls?.client }),
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
