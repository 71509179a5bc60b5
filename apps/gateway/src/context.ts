import type { Logger } from '@kdeploy/logging';
import type { EventHub } from './jobs/events';
import type { JobRunner } from './jobs/runner';
import type { Stage } from './jobs/stage';
import type { Metrics } from './metrics';
import type { ServiceClients } from './services/clients';
import type { JobStore } from './store/job-store';

/** What the HTTP routes work with; built once in app.ts. */
export interface GatewayContext {
  store: JobStore;
  hub: EventHub;
  runner: JobRunner;
  services: ServiceClients;
  metrics: Metrics;
  logger: Logger;
  stages: readonly Stage[];
  maxRunningJobs: number;
}
