import { parseArgs } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { PreconditionError } from '@kdeploy/errors';
import {
  AsyncServiceImplementation,
  bindService,
  ClientTlsOptions,
  createGrpcServer,
  GrpcServer,
  TLS_DIR_HELP,
  tlsDir,
  TlsDir,
} from '@kdeploy/grpc';
import { createLogger, Logger } from '@kdeploy/logging';
import { SERVICES, ServiceApp } from '@kdeploy/proto';
import { closeSharedConnections } from './ssh-access';

/** What every installer process is: its name, what it does, its gRPC service and its default address. */
export interface InstallerProcess {
  /** The app's name (apps/NAME), also its logger's and server's. */
  name: string;
  /** One line for --help. */
  summary: string;
  /** The full gRPC service name, e.g. kdeploy.master.v1.MasterInstaller. */
  grpcService: string;
  /** The environment variable of --listen, and the default port on 127.0.0.1. */
  listenEnv: string;
  port: number;
}

/** What an installer's handlers get from its process: the logger, and its client identity for pki-service. */
export interface InstallerDeps {
  logger: Logger;
  pkiTls?: ClientTlsOptions;
}

/** A running installer: its server and the address it is bound to. */
export interface InstallerService {
  server: GrpcServer;
  address: string;
  stop(): Promise<void>;
}

/** An installer's process description from libs/proto's SERVICES row of its app; `--listen` reads APP_LISTEN. */
export function installerProcess(app: ServiceApp, summary: string): InstallerProcess {
  const row = SERVICES.find((s) => s.app === app);
  if (!row) throw new RangeError(`${app} is not in the SERVICES table`);
  return { name: app, summary, grpcService: row.grpcService, port: row.port, listenEnv: `${app.toUpperCase().replace(/-/g, '_')}_LISTEN` };
}

/** The --help text of an installer process. */
export function installerHelp(p: InstallerProcess): string {
  return `${p.name}: ${p.summary} (gRPC, ${p.grpcService})

Usage: node dist/apps/${p.name}/main.js [options]

Options (each also read from the environment variable shown):
  --listen ADDR       address to listen on                 ${p.listenEnv} default 127.0.0.1:${p.port}
${TLS_DIR_HELP}
  --help              print this help

Everything else (hosts, SSH credentials and host keys, artifact directory, pki-service
address) comes with each request. LOG_LEVEL sets the log level (default info). Callers must
present a client certificate from the internal CA (mutual TLS); it calls pki-service with its
own client certificate from the same directory.
`;
}

/** Reads flags, then environment, then defaults; 'help' for --help. */
export function readInstallerConfig(p: InstallerProcess, argv: string[], env: NodeJS.ProcessEnv): { listen: string; tls: TlsDir } | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: { listen: { type: 'string' }, 'tls-dir': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) return 'help';
  const tls = values['tls-dir'] ?? env['KDEPLOY_TLS_DIR'];
  if (!tls)
    throw new PreconditionError('no TLS directory: pass --tls-dir or set KDEPLOY_TLS_DIR (see --help); every caller must be authenticated');
  return { listen: values.listen ?? env[p.listenEnv] ?? `127.0.0.1:${p.port}`, tls: tlsDir(tls) };
}

/** Serves an installer's handlers; main() calls it with the parsed config, tests with 127.0.0.1:0. */
export async function startInstallerServer<H>(opts: {
  process: InstallerProcess;
  service: grpc.ServiceDefinition;
  handlers: (deps: InstallerDeps) => Partial<AsyncServiceImplementation<H>>;
  listen: string;
  logger: Logger;
  tls?: TlsDir;
  handleSignals?: boolean;
}): Promise<InstallerService> {
  const tls = opts.tls ? { server: opts.tls.server(), client: opts.tls.client() } : undefined;
  const server = createGrpcServer({
    name: opts.process.name,
    logger: opts.logger,
    services: [bindService<H>(opts.service, opts.handlers({ logger: opts.logger, pkiTls: tls?.client }))],
    handleSignals: opts.handleSignals,
    tls: tls?.server,
    // An Apply may run for minutes; shutdown lets it finish its current step for a while.
    shutdownTimeoutMs: 30_000,
    onStopped: closeSharedConnections,
  });
  const port = await server.start(opts.listen);
  const host = opts.listen.slice(0, opts.listen.lastIndexOf(':'));
  return { server, address: `${host}:${port}`, stop: () => server.shutdown() };
}

/** An installer's main(): help, or the server until a signal; startup errors in one line, no stack. */
export function runInstallerMain(
  p: InstallerProcess,
  start: (config: { listen: string; tls: TlsDir; logger: Logger }) => Promise<InstallerService>,
): void {
  (async () => {
    const config = readInstallerConfig(p, process.argv.slice(2), process.env);
    if (config === 'help') {
      process.stdout.write(installerHelp(p));
      return;
    }
    await start({ ...config, logger: createLogger(p.name) });
  })().catch((e: unknown) => {
    process.stderr.write(`${p.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
