import * as grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { loadKdeployPackageDefinition, serviceName } from '@kdeploy/proto';
import type { Logger } from '@kdeploy/logging';
import { HealthImplementation } from 'grpc-health-check';
import { type ServerTlsOptions, serverCredentials, serverInterceptors } from './credentials';
import type { ServiceBinding } from './handlers';
import { type CallRegistry, toGrpcImplementation } from './wrap';

const HEALTH_SERVICE = 'grpc.health.v1.Health';

/** Options of createGrpcServer. */
export interface GrpcServerOptions {
  /** Process name, bound to every log record. */
  name: string;
  logger: Logger;
  services: ServiceBinding[];
  /** TLS or mTLS; insecure when absent. */
  tls?: ServerTlsOptions;
  /** Definition reflection describes; must hold the services and grpc.health.v1 (default: kdeploy's). */
  packageDefinition?: PackageDefinition;
  /** How long shutdown waits for running calls before cancelling them; default 10 s. */
  shutdownTimeoutMs?: number;
  /** Shut down on SIGTERM and SIGINT; default true. */
  handleSignals?: boolean;
  /** Extra grpc-js channel options (message sizes, keepalive). */
  channelOptions?: grpc.ServerOptions;
  /** Runs once the server has stopped: what the calls left open for the next ones (kept connections) closes here. */
  onStopped?: () => Promise<void>;
}

/** A server made by createGrpcServer. */
export interface GrpcServer {
  server: grpc.Server;
  /** The bound port; 0 until start() resolves. */
  readonly port: number;
  /** Binds (e.g. '127.0.0.1:0' for a free port) and marks every service SERVING. */
  start(address: string): Promise<number>;
  /** NOT_SERVING first, then a graceful shutdown; calls still running at the timeout are cancelled. */
  shutdown(): Promise<void>;
}

/**
 * The one way a kdeploy gRPC app serves: its services (async handlers, mapped errors, per-call
 * logs), health (SERVING per service and for ''), reflection (the services and health), and
 * a graceful shutdown on SIGTERM/SIGINT.
 */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const logger = options.logger.child({ component: 'grpc', server: options.name });
  const server = new grpc.Server({
    ...options.channelOptions,
    interceptors: [...serverInterceptors(options.tls), ...(options.channelOptions?.interceptors ?? [])],
  });
  const calls: CallRegistry = new Set();
  const names = options.services.map((s) => serviceName(s.service));
  const statuses = ['', ...names];
  const health = new HealthImplementation(Object.fromEntries(statuses.map((s) => [s, 'NOT_SERVING' as const])));

  for (const binding of options.services) server.addService(binding.service, toGrpcImplementation(binding, logger, calls));
  health.addToServer(server);
  new ReflectionService(options.packageDefinition ?? loadKdeployPackageDefinition(), { services: [...names, HEALTH_SERVICE] }).addToServer(
    server,
  );

  let port = 0;
  let stopping: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    void shutdown();
  };

  async function start(address: string): Promise<number> {
    port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(address, serverCredentials(options.tls), (err, bound) => (err ? reject(err) : resolve(bound))),
    );
    for (const s of statuses) health.setStatus(s, 'SERVING');
    if (options.handleSignals ?? true) {
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    }
    logger.info({ address, port, services: names }, 'grpc server listening');
    return port;
  }

  function shutdown(): Promise<void> {
    stopping ??= (async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      // Load balancers and the gateway stop sending new calls once health says so.
      for (const s of statuses) health.setStatus(s, 'NOT_SERVING');
      const graceful = new Promise<boolean>((resolve) => server.tryShutdown(() => resolve(true)));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), options.shutdownTimeoutMs ?? 10_000);
      });
      const clean = await Promise.race([graceful, timedOut]);
      clearTimeout(timer);
      if (!clean) {
        logger.warn({ running: calls.size }, 'graceful shutdown timed out; cancelling running calls');
        for (const c of calls) c.abort(new Error('server shutting down'));
        server.forceShutdown();
      }
      await options.onStopped?.().catch((e: unknown) => logger.warn({ err: e }, 'closing after the server stopped failed'));
      logger.info('grpc server stopped');
    })();
    return stopping;
  }

  return {
    server,
    get port() {
      return port;
    },
    start,
    shutdown,
  };
}
