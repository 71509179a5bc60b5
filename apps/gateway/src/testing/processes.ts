import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server, Socket } from 'node:net';
import { join } from 'node:path';
import { repoRoot, testTls } from '@kdeploy/testing';

/** A store key and an API token for tests (the launcher makes random ones). */
export const TEST_STORE_KEY = '7'.repeat(64);
export const TEST_TOKEN = 'kd_test_token_for_gateway_tests';

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A built app (dist/apps/NAME/main.js) running as its own process, its output kept. */
export interface AppProcess {
  child: ChildProcess;
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startApp(name: string, args: string[], env: Record<string, string> = {}): AppProcess {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'apps', name, 'main.js'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Starts pki-service as a process on a free port and waits until it listens. */
export async function startPkiProcess(storePath: string): Promise<AppProcess & { address: string }> {
  const address = `127.0.0.1:${await freePort()}`;
  const tls = await testTls();
  const app = startApp('pki-service', ['--listen', address, '--store', storePath, '--tls-dir', tls.dir('pki-service').dir], {
    PKI_STORE_KEY: '6'.repeat(64),
  });
  await waitFor(
    () => app.output.join('').includes('grpc server listening'),
    15_000,
    () => `pki-service did not start: ${app.output.join('')}`,
  );
  return { ...app, address };
}

/**
 * A TCP listener that accepts and never answers: a service that hangs. Calls to it last
 * until their deadline, which keeps a job busy in a known stage without touching any host;
 * `connections` proves whether anything tried to call it.
 */
export async function startBlackHole(): Promise<{ address: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((s) => {
    count++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    connections: () => count,
    close: () =>
      new Promise<void>((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => r());
      }),
  };
}

/** Polls `predicate` until true; fails with `message()` after `ms`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  ms: number,
  message: () => string = () => 'condition not met in time',
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(message());
    await new Promise((r) => setTimeout(r, 50));
  }
}
