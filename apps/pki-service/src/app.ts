import { bindService, createGrpcServer, GrpcServer, TlsDir } from '@kdeploy/grpc';
import { Logger } from '@kdeploy/logging';
import { loadKdeployPackage, pkiV1 } from '@kdeploy/proto';
import { pkiHandlers } from './handlers/pki-handlers';
import { CertificateAuthority } from './pki/authority';
import { SecretBox } from '@kdeploy/secrets';
import { SqlitePkiStore } from './store/sqlite-store';

/** A running pki-service: its server and the address it is bound to. */
export interface PkiService {
  server: GrpcServer;
  address: string;
  stop(): Promise<void>;
}

/**
 * Opens the store (refusing a wrong key before anything listens) and starts serving.
 * main.ts calls it with the parsed config (always with TLS); tests call it with a temporary
 * store on port 0.
 */
export async function startPkiService(opts: {
  listen: string;
  storePath: string;
  storeKey: string;
  tls?: TlsDir;
  logger: Logger;
  handleSignals?: boolean;
}): Promise<PkiService> {
  // read before the store opens, so a missing file fails the start with nothing held open
  const tls = opts.tls?.server();
  const store = new SqlitePkiStore(opts.storePath, SecretBox.fromKeyMaterial(opts.storeKey));
  const ca = new CertificateAuthority(store);
  const pkg = loadKdeployPackage();
  const server = createGrpcServer({
    name: 'pki-service',
    logger: opts.logger,
    services: [bindService<pkiV1.PkiServiceHandlers>(pkg.kdeploy.pki.v1.PkiService.service, pkiHandlers(ca))],
    handleSignals: opts.handleSignals,
    tls,
  });
  let port: number;
  try {
    port = await server.start(opts.listen);
  } catch (e) {
    store.close();
    throw e;
  }
  const host = opts.listen.slice(0, opts.listen.lastIndexOf(':'));
  return {
    server,
    address: `${host}:${port}`,
    async stop() {
      await server.shutdown();
      store.close();
    },
  };
}
