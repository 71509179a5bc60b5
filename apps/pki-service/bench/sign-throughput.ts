/**
 * Benchmark (prints figures; not a test): certificates signed per second by SignCertificateRequest
 * through the real gRPC server. The service runs as its own process (one Node event loop, so
 * one core); this process is the client. Run: npx nx run pki-service:bench
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { testTls } from '@kdeploy/testing';
import { opensslCsr } from '../src/testing/openssl';

const TOTAL = Number(process.env['BENCH_TOTAL'] ?? 3000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 32);

async function startService(storePath: string, tlsDir: string) {
  const child = spawn(
    process.execPath,
    ['dist/apps/pki-service/main.js', '--listen', '127.0.0.1:0', '--store', storePath, '--tls-dir', tlsDir],
    {
      env: { ...process.env, PKI_STORE_KEY: '7'.repeat(64) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // The service logs as it would in production (one line per call); the bench reads the port from it.
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pki-service exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const rec = JSON.parse(line) as { port?: number; msg?: string };
      if (rec.msg === 'grpc server listening' && rec.port) resolve(rec.port);
    });
  });
  return { child, address: `127.0.0.1:${port}` };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kd-pki-bench-'));
  // over mutual TLS, as the gateway and the installers call it
  const tls = await testTls();
  const svc = await startService(join(dir, 'pki.db'), tls.dir('pki-service').dir);
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, svc.address, { tls: tls.client() });
  try {
    await client.unary('InitCluster', {
      clusterId: 'bench',
      hosts: [{ name: 'm1', address: '10.211.0.11', roles: ['ROLE_MASTER', 'ROLE_ETCD', 'ROLE_NODE'] }],
      serviceCidr: '10.96.0.0/12',
    });
    const csrs = Array.from({ length: 20 }, () => opensslCsr('/CN=m1', { sans: ['DNS:m1', 'IP:10.211.0.11'] }).csrPem);
    const sign = (i: number) =>
      client.unary('SignCertificateRequest', {
        clusterId: 'bench',
        profile: 'CERTIFICATE_PROFILE_ETCD_PEER',
        host: 'm1',
        csrPem: csrs[i % csrs.length],
      });
    for (let i = 0; i < 200; i++) await sign(i); // warm-up: JIT, SQLite pages
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) await sign(next++);
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`pki-service SignCertificateRequest (RSA 2048 CSR, SHA-256, stored in SQLite), ${TOTAL} calls, ${CONCURRENCY} in flight:`);
    console.log(
      `  ${(TOTAL / seconds).toFixed(0)} certificates/s  (${((seconds * 1000) / TOTAL).toFixed(2)} ms each, ${seconds.toFixed(2)} s total)`,
    );
  } finally {
    client.close();
    svc.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
