import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The gateway's Prometheus metrics, on a registry of its own (tests start several gateways per process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kdeploy_gateway_' });
  return {
    registry,
    jobsStarted: new Counter({
      name: 'kdeploy_jobs_started_total',
      help: 'Jobs started or resumed, by kind',
      labelNames: ['kind', 'resumed'],
      registers: [registry],
    }),
    jobsFinished: new Counter({
      name: 'kdeploy_jobs_finished_total',
      help: 'Jobs finished, by kind and outcome',
      labelNames: ['kind', 'state'],
      registers: [registry],
    }),
    jobsRunning: new Gauge({ name: 'kdeploy_jobs_running', help: 'Jobs running in this gateway now', registers: [registry] }),
    stageDuration: new Histogram({
      name: 'kdeploy_stage_duration_seconds',
      help: 'Wall time of job stages, by stage and outcome',
      labelNames: ['stage', 'state'],
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'kdeploy_errors_total',
      help: 'Errors by where they happened and their code',
      labelNames: ['where', 'code'],
      registers: [registry],
    }),
    httpResponses: new Counter({
      name: 'kdeploy_http_responses_total',
      help: 'HTTP responses by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
