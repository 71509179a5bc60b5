import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SERVICES, ServiceApp } from '@kdeploy/proto';
import { HELP, readConfig } from './config';
import { ensureState } from './state';
import { ensureInternalTls } from './internal-tls';
import { ServiceSpec, Supervisor } from './supervisor';

/** Where start.sh has tools/upstream/build put the artifact bundle (the launcher runs from the repo root). */
const BUNDLE = join(process.cwd(), '.kdeploy', 'artifacts');

const say = (line: string) => process.stdout.write(`kdeploy: ${line}\n`);

/** Polls the gateway's /healthz until every service is SERVING, or gives up after `ms` with what it saw. */
async function waitHealthy(url: string, ms: number): Promise<Record<string, unknown> | undefined> {
  const until = Date.now() + ms;
  let last: Record<string, unknown> | undefined;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3000) });
      last = (await res.json()) as Record<string, unknown>;
      if (res.ok) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  if (config === 'help') return void process.stdout.write(HELP);
  const root = process.cwd();
  const dist = (app: string) => join(root, 'dist', 'apps', app, 'main.js');
  const state = ensureState(config.stateDir);
  const tls = await ensureInternalTls(state.dir, config.listen);
  // Paths inside the checkout are shown relative to it, others in full.
  const rel = (p: string) => (relative(root, p).startsWith('..') ? p : relative(root, p) || '.');

  // Only pki-service keeps state of its own (its store and key); every other service is stateless.
  const own: Partial<Record<ServiceApp, { args: string[]; env: Record<string, string> }>> = {
    'pki-service': { args: ['--store', join(state.dir, 'pki.db')], env: { PKI_STORE_KEY_FILE: state.pkiStoreKeyFile } },
  };
  const services: ServiceSpec[] = [
    ...SERVICES.map((s) => ({
      name: s.app,
      args: [dist(s.app), '--listen', config.listen[s.key], ...(own[s.app]?.args ?? [])],
      env: { ...own[s.app]?.env, KDEPLOY_TLS_DIR: tls.dir(s.app) },
    })),
    {
      name: 'gateway',
      args: [
        dist('gateway'),
        '--listen',
        config.listen.gateway,
        '--store',
        join(state.dir, 'gateway.db'),
        ...SERVICES.flatMap((s) => [`--${s.key}-address`, config.listen[s.key]]),
      ],
      env: {
        GATEWAY_STORE_KEY_FILE: state.gatewayStoreKeyFile,
        GATEWAY_TOKEN_HASHES_FILE: state.tokenHashesFile,
        KDEPLOY_TLS_DIR: tls.dir('gateway'),
      },
    },
  ];
  const supervisor = new Supervisor(state.dir, say);
  for (const s of services) {
    if (!existsSync(s.args[0])) {
      say(`${s.name} is not built (${rel(s.args[0])} missing); starting without it`);
      continue;
    }
    supervisor.start(s);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping every service`);
    void supervisor.stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const url = `http://${config.listen.gateway}`;
  const health = await waitHealthy(url, 30_000);
  const lines = [
    health?.['status'] === 'ok'
      ? 'kdeploy is up'
      : `kdeploy is up, but not every service is healthy: ${JSON.stringify(health?.['services'] ?? 'the gateway does not answer')}`,
    `  API:     ${url}   (OpenAPI: ${url}/openapi.json, health: ${url}/healthz)`,
    state.newToken
      ? `  token:   ${state.newToken}   (shown once; kept in ${rel(state.tokenFile)}, mode 0600)`
      : `  token:   in ${rel(state.tokenFile)} (mode 0600; printed only on first start)`,
    `  CLI:     KDEPLOY_GATEWAY=${url} KDEPLOY_TOKEN_FILE=${rel(state.tokenFile)} node dist/apps/cli/main.js up -f examples/lab-cluster.yaml`,
    `  curl:    curl -H "Authorization: Bearer $(cat ${rel(state.tokenFile)})" ${url}/clusters`,
    ...(existsSync(BUNDLE)
      ? [`  bundle:  ${rel(BUNDLE)}/ (the upstream binaries and images with manifest.json, for a spec's artifacts.source)`]
      : []),
    `  gRPC:    mutual TLS only; a tool's client identity: ${rel(tls.dir('operator'))}/ (tools/launcher/README.md shows grpcurl)`,
    `  logs:    ${rel(join(state.dir, 'logs'))}/   pids: ${rel(join(state.dir, 'run'))}/`,
    '  stop:    Ctrl-C (running jobs resume at the next start)',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`kdeploy launcher: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
