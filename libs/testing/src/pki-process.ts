import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { startServiceProcess } from './service-process';
import { testTls } from './tls';

/** A real pki-service, run as its own process, with a store of its own. */
export async function startPkiProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'kd-pki-'));
  const tls = await testTls();
  const service = await startServiceProcess('pki-service', ['--store', join(dir, 'pki.db')], { PKI_STORE_KEY: '7'.repeat(64) });
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, service.address, {
    deadlineMs: 20_000,
    tls: tls.client(),
  });
  return {
    address: service.address,
    client,
    async stop() {
      client.close();
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
