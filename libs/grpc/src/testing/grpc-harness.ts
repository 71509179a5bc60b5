import { Writable } from 'node:stream';
import { NotFoundError } from '@kdeploy/errors';
import { createLogger } from '@kdeploy/logging';
import { type etcdV1, loadKdeployPackage, type pkiV1, toTimestamp } from '@kdeploy/proto';
import { createGrpcClient } from '../client';
import { bindService } from '../handlers';
import { createGrpcServer } from '../server';

/** A secret placed in requests; no log line may contain it. */
export const CANARY = 'CANARY-7f3a9c-SECRET';

/** Test-only: a real server on 127.0.0.1:0 with tiny PKI and etcd implementations, and clients. */
export async function startGrpcHarness() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  const logger = createLogger('grpc-test', { destination, level: 'debug' });
  const aborted: string[] = [];
  const pkg = loadKdeployPackage();

  // Each cluster id picks a behaviour, so one service covers every path.
  const pki = bindService<pkiV1.PkiServiceHandlers>(pkg.kdeploy.pki.v1.PkiService.service, {
    async GetCACertificates(request, { signal }) {
      if (request.clusterId === 'missing') throw new NotFoundError(`cluster ${request.clusterId} not found`);
      if (request.clusterId === 'boom') throw new Error('database said: connection to 10.0.0.5 refused');
      if (request.clusterId === 'slow') {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        aborted.push('GetCACertificates');
        throw signal.reason;
      }
      return {
        cas: [
          {
            authority: 'CERTIFICATE_AUTHORITY_ETCD',
            certificatePem: '-----BEGIN CERTIFICATE-----',
            notAfter: toTimestamp(new Date('2035-01-01T00:00:00Z')),
          },
        ],
      };
    },
  });
  const etcd = bindService<etcdV1.EtcdInstallerHandlers>(pkg.kdeploy.etcd.v1.EtcdInstaller.service, {
    async Apply(request, send, { signal }) {
      const hold = request.target?.clusterId === 'hold';
      const count = hold ? 1 : 5;
      for (let sequence = 1; sequence <= count; sequence++) {
        await send({ event: { sequence, log: { level: 'LOG_LEVEL_INFO', message: `event ${sequence}` } } });
      }
      if (hold) {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        aborted.push('Apply');
        return;
      }
      await send({ event: { sequence: count + 1, result: { success: true } } });
    },
  });

  const server = createGrpcServer({ name: 'test', logger, services: [pki, etcd], handleSignals: false, shutdownTimeoutMs: 300 });
  const port = await server.start('127.0.0.1:0');
  const address = `127.0.0.1:${port}`;
  const pkiClient = createGrpcClient(pkg.kdeploy.pki.v1.PkiService, address);
  const etcdClient = createGrpcClient(pkg.kdeploy.etcd.v1.EtcdInstaller, address);
  return {
    pkg,
    server,
    address,
    lines,
    aborted,
    pki: pkiClient,
    etcd: etcdClient,
    async stop() {
      pkiClient.close();
      etcdClient.close();
      await server.shutdown();
    },
  };
}

/** Waits until `predicate` holds or fails after `ms`. */
export async function eventually(predicate: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
