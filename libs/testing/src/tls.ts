import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsDir, type ClientTlsOptions, type TlsDir } from '@kdeploy/grpc';
import { ensureTlsDirs, LOOPBACK_NAMES, type InternalCa } from '@kdeploy/x509';

/** TLS directories for tests, laid out as the launcher lays them out, under one internal CA. */
export interface TestTls {
  root: string;
  ca: InternalCa;
  /** The TLS directory of pki-service, an installer, gateway or test (the test's own client identity). */
  dir(name: TestTlsName): TlsDir;
  /** The test's own client identity (for createGrpcClient's `tls`). */
  client(): ClientTlsOptions;
}

export type TestTlsName =
  'pki-service' | 'etcd-installer' | 'master-installer' | 'node-installer' | 'network-installer' | 'gateway' | 'test';

let made: Promise<TestTls> | undefined;

/** One internal CA and its directories per test process (made once: RSA keys take a moment). */
export function testTls(): Promise<TestTls> {
  made ??= (async () => {
    const root = mkdtempSync(join(tmpdir(), 'kd-tls-'));
    const ca = await ensureTlsDirs(root, [
      { name: 'pki-service', serve: LOOPBACK_NAMES, calls: false },
      { name: 'etcd-installer', serve: LOOPBACK_NAMES, calls: true },
      { name: 'master-installer', serve: LOOPBACK_NAMES, calls: true },
      { name: 'node-installer', serve: LOOPBACK_NAMES, calls: true },
      { name: 'network-installer', serve: LOOPBACK_NAMES, calls: true },
      { name: 'gateway', calls: true },
      { name: 'test', calls: true },
    ]);
    return {
      root,
      ca,
      dir: (name) => tlsDir(join(root, name)),
      client: () => tlsDir(join(root, 'test')).client(),
    };
  })();
  return made;
}
