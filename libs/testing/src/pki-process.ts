import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGrpcClient } from '@kdeploy/grpc';
import { loadKdeployPackage } from '@kdeploy/proto';
import { repoRoot } from './repo-root';
import { testTls } from './tls';

/** A real pki-service, run as its own process (apps never import apps), on 127.0.0.1:0. */
export async function startPkiProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'kd-pki-'));
  const root = repoRoot();
  const tls = await testTls();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'apps/pki-service/src/main.ts',
      '--listen',
      '127.0.0.1:0',
      '--store',
      join(dir, 'pki.db'),
      '--tls-dir',
      tls.dir('pki-service').dir,
    ],
    {
      cwd: root,
      env: { ...process.env, PKI_STORE_KEY: '7'.repeat(64), TS_NODE_PROJECT: 'apps/pki-service/tsconfig.app.json', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pki-service did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (b: Buffer) => {
      output += b.toString();
      for (const line of output.split('\n')) {
        if (!line.includes('grpc server listening')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.once('exit', (code) => reject(new Error(`pki-service exited ${code}:\n${output}`)));
  });
  const address = `127.0.0.1:${port}`;
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, address, { deadlineMs: 20_000, tls: tls.client() });
  return {
    address,
    client,
    async stop() {
      client.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
