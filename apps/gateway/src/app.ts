import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from '@kdeploy/logging';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { createHttpApp } from './http/server';
import { EventHub } from './jobs/events';
import { JobRunner } from './jobs/runner';
import { DEPLOY_STAGES } from './jobs/stages';
import { createMetrics } from './metrics';
import { createServiceClients } from './services/clients';
import { SecretBox } from '@kdeploy/secrets';
import { SqliteJobStore } from './store/sqlite-store';

/** A running gateway: its URL, its context (tests read the store), and a clean stop. */
export interface Gateway {
  url: string;
  ctx: GatewayContext;
  /** Jobs resumed at start (found `running` in the store). */
  resumed: number;
  stop(): Promise<void>;
}

/**
 * Opens the store (refusing a wrong key before anything listens), starts the HTTP server,
 * then resumes every job a previous process left running. main.ts calls it with the parsed
 * config; tests call it on 127.0.0.1:0 with a temporary store.
 */
export async function startGateway(config: GatewayConfig & { logger: Logger }): Promise<Gateway> {
  const { logger } = config;
  const store = new SqliteJobStore(config.storePath, SecretBox.fromKeyMaterial(config.storeKey));
  const metrics = createMetrics();
  const services = createServiceClients(config.services, config.deadlines, config.tls?.client());
  const hub = new EventHub(store, logger);
  const runner = new JobRunner({ store, hub, services, metrics, logger, stages: DEPLOY_STAGES });
  const ctx: GatewayContext = {
    store,
    hub,
    runner,
    services,
    metrics,
    logger,
    stages: DEPLOY_STAGES,
    maxRunningJobs: config.maxRunningJobs,
  };
  const app = createHttpApp(ctx, { tokenHashes: config.tokenHashes, bodyLimitBytes: config.bodyLimitBytes });

  const at = config.listen.lastIndexOf(':');
  const host = config.listen.slice(0, at).replace(/^\[|\]$/g, '');
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(Number(config.listen.slice(at + 1)), host, (err?: Error) => (err ? reject(err) : resolve(s)));
    });
  } catch (e) {
    services.close();
    store.close();
    throw e;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const resumed = await runner.resumeRunning();
  logger.info({ url, resumed, services: config.services }, 'gateway listening');
  return {
    url,
    ctx,
    resumed,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // SSE streams would otherwise hold the close forever
      await runner.stop();
      await closed;
      services.close();
      store.close();
    },
  };
}
