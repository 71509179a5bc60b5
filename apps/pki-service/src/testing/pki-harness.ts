import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createGrpcClient } from '@kdeploy/grpc';
import { createLogger } from '@kdeploy/logging';
import { loadKdeployPackage, pkiV1 } from '@kdeploy/proto';
import { testTls } from '@kdeploy/testing';
import { startPkiService } from '../app';

/** A store key for tests; real deployments make one with `openssl rand -hex 32`. */
export const TEST_STORE_KEY = '5'.repeat(64);

/** The lab example's hosts as InitCluster takes them, with a load balancer endpoint. */
export const LAB_INIT: pkiV1.InitClusterRequest = {
  clusterId: 'lab',
  hosts: [
    { name: 'lab1', address: '10.211.0.11', roles: ['ROLE_MASTER', 'ROLE_ETCD', 'ROLE_NODE'] },
    { name: 'lab2', address: '10.211.0.12', roles: ['ROLE_MASTER', 'ROLE_ETCD', 'ROLE_NODE'] },
    { name: 'lab3', address: '10.211.0.13', roles: ['ROLE_ETCD', 'ROLE_NODE'] },
    { name: 'work1', address: '10.211.0.14', roles: ['ROLE_NODE'] },
  ],
  serviceCidr: '10.96.0.0/12',
  clusterDomain: 'cluster.local',
  endpoint: { mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER', address: '10.211.0.100', port: 6443 },
};

/** Starts a real pki-service on 127.0.0.1:0 with its logs captured, and a real client. */
export async function startPkiHarness(opts: { storePath?: string; storeKey?: string } = {}) {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(chunk.toString());
      cb();
    },
  });
  const storePath = opts.storePath ?? join(mkdtempSync(join(tmpdir(), 'kd-pki-')), 'pki.db');
  const tls = await testTls();
  const service = await startPkiService({
    listen: '127.0.0.1:0',
    tls: tls.dir('pki-service'),
    storePath,
    storeKey: opts.storeKey ?? TEST_STORE_KEY,
    logger: createLogger('pki-service', { destination, level: 'debug' }),
    handleSignals: false,
  });
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, service.address, {
    deadlineMs: 20_000,
    tls: tls.client(),
  });
  return {
    tls,
    service,
    client,
    storePath,
    logs,
    async stop() {
      client.close();
      await service.stop();
    },
  };
}
