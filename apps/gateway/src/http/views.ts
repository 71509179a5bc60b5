import { z } from 'zod';
import { ClusterSchema, Host } from '@kdeploy/cluster-spec';
import type { ClusterRecord, JobRecord } from '../store/job-store';

/**
 * Response bodies as zod schemas with `.meta({ id })`: the OpenAPI document is generated
 * from these and from libs/cluster-spec's ClusterSchema, the same schemas the code uses.
 */
const State = z.enum(['pending', 'running', 'done', 'failed']);

export const ErrorViewSchema = z.object({ code: z.string(), message: z.string() }).meta({ id: 'Error' });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Every spec problem, by field path' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; the one error format' });

const Timing = { startedAt: z.string().optional(), finishedAt: z.string().optional(), durationMs: z.number().optional() };

export const HostStateSchema = z
  .object({ state: State, current: z.string().optional(), error: ErrorViewSchema.optional(), ...Timing })
  .meta({ id: 'HostState' });

export const StageSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    needs: z.array(z.string()),
    scope: z.array(z.string()).optional().meta({ description: 'The hosts a day-2 stage acts on; absent: every host' }),
    state: State,
    error: ErrorViewSchema.optional(),
    hosts: z.record(z.string(), HostStateSchema),
    ...Timing,
  })
  .meta({ id: 'Stage' });

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['deploy', 'remove', 'add-nodes', 'remove-node']),
    state: z.enum(['running', 'done', 'failed']),
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    durationMs: z.number().optional(),
    error: ErrorViewSchema.optional(),
    stages: z.array(StageSchema),
  })
  .meta({ id: 'Job' });

export const Phase = z.enum(['deploying', 'ready', 'failed', 'removing', 'removed', 'remove-failed', 'adding-nodes', 'removing-node']);

export const ClusterSummarySchema = z
  .object({ id: z.string(), phase: Phase, createdAt: z.string(), updatedAt: z.string(), jobId: z.string() })
  .meta({ id: 'ClusterSummary' });

export const ClusterViewSchema = z
  .object({
    id: z.string(),
    phase: Phase,
    createdAt: z.string(),
    updatedAt: z.string(),
    spec: ClusterSchema, // as submitted, with defaults; secrets replaced by [redacted]
    job: JobSchema, // the latest job
    jobs: z.array(z.object({ id: z.string(), kind: z.string(), state: z.string(), createdAt: z.string() })),
  })
  .meta({ id: 'ClusterView' });

export const AcceptedSchema = z.object({ clusterId: z.string(), jobId: z.string(), location: z.string() }).meta({ id: 'Accepted' });

export const AddNodesSchema = z
  .object({
    hosts: z
      .array(Host)
      .min(1)
      .max(50)
      .meta({ description: 'Hosts to add; roles may be left out (node is implied) and may only be [node]' }),
  })
  .meta({ id: 'AddNodes' });

export const PlanSchema = z
  .object({
    clusterId: z.string(),
    dryRun: z.literal(true),
    stages: z.array(
      z.object({
        stage: z.string(),
        hosts: z.array(
          z.object({
            host: z.string(),
            changes: z.array(z.object({ step: z.string(), action: z.string(), target: z.string(), reason: z.string() })),
          }),
        ),
        note: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'Plan' });

export const HealthSchema = z
  .object({ status: z.enum(['ok', 'degraded']), store: z.string(), services: z.record(z.string(), z.string()) })
  .meta({ id: 'Health' });

const PHASES: Record<string, z.infer<typeof Phase>> = {
  'deploy:running': 'deploying',
  'deploy:done': 'ready',
  'deploy:failed': 'failed',
  'remove:running': 'removing',
  'remove:done': 'removed',
  'remove:failed': 'remove-failed',
  // day 2: the cluster is ready again when the job is done; a failed one is retried like a deploy
  'add-nodes:running': 'adding-nodes',
  'add-nodes:done': 'ready',
  'add-nodes:failed': 'failed',
  'remove-node:running': 'removing-node',
  'remove-node:done': 'ready',
  'remove-node:failed': 'failed',
};

export const phaseOf = (job: JobRecord) => PHASES[`${job.kind}:${job.state}`];

export function clusterView(cluster: ClusterRecord, jobs: JobRecord[]): z.infer<typeof ClusterViewSchema> {
  const [job] = jobs;
  return {
    id: cluster.id,
    phase: phaseOf(job),
    createdAt: cluster.createdAt,
    updatedAt: cluster.updatedAt,
    spec: cluster.spec,
    job,
    jobs: jobs.map((j) => ({ id: j.id, kind: j.kind, state: j.state, createdAt: j.createdAt })),
  };
}
