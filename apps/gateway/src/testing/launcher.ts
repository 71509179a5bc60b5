import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientTlsOptions, tlsDir } from '@kdeploy/grpc';
import { PerService, SERVICES } from '@kdeploy/proto';
import { repoRoot } from '@kdeploy/testing';
import { freePort, waitFor } from './processes';

/** kdeploy started the way a user starts it: tools/launcher/start.sh, as processes. */
export interface Launched {
  child: ChildProcess;
  stateDir: string;
  url: string;
  token: string;
  ports: PerService<number> & { gateway: number };
  /** The client identity the launcher issues for tools (mutual TLS to the services). */
  operatorTls: ClientTlsOptions;
  output: string[];
  pid(service: string): number;
  stop(): Promise<void>;
}

export async function launchKdeploy(stateDir: string): Promise<Launched> {
  const ports = { gateway: await freePort() } as PerService<number> & { gateway: number };
  for (const s of SERVICES) ports[s.key] = await freePort();
  const child = spawn(
    'bash',
    [
      'tools/launcher/start.sh',
      '--state-dir',
      stateDir,
      '--gateway-listen',
      `127.0.0.1:${ports.gateway}`,
      ...SERVICES.flatMap((s) => [`--${s.key}-listen`, `127.0.0.1:${ports[s.key]}`]),
    ],
    { cwd: repoRoot(), stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  const output: string[] = [];
  child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitFor(
    () => /stop: {4}Ctrl-C/.test(output.join('')) || child.exitCode !== null,
    240_000,
    () => `launcher did not come up:\n${output.join('')}`,
  );
  const text = output.join('');
  const token = /token: {3}(kd_\S+)/.exec(text)?.[1];
  if (!token) throw new Error(`launcher printed no token:\n${text}`);
  return {
    child,
    stateDir,
    url: `http://127.0.0.1:${ports.gateway}`,
    token,
    ports,
    operatorTls: tlsDir(join(stateDir, 'tls', 'operator')).client(),
    output,
    pid: (service) => Number(readFileSync(join(stateDir, 'run', `${service}.pid`), 'utf8')),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
