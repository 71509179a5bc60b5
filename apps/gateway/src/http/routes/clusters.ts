import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { NotFoundError } from '@kdeploy/errors';
import type { GatewayContext } from '../../context';
import { accepted } from '../accepted';
import { planStages } from '../../jobs/dry-run';
import { externalEndpoint, pkiSourceOf } from '../../jobs/requests';
import { removalGraph } from '../../jobs/graph';
import type { StageContext } from '../../jobs/stage';
import { BadRequestError, ConflictError, IdempotencyMismatchError } from '../../api-errors';
import { readSubmission } from '../submission';
import { clusterView, phaseOf } from '../views';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The cluster resource: submit (or dry-run), read, retry, remove. */
export function clustersRouter(ctx: GatewayContext): Router {
  const router = Router();
  const { store, runner, stages } = ctx;

  const latest = async (id: string) => {
    const cluster = await store.getCluster(id);
    const jobs = cluster ? await store.jobsOf(id) : [];
    if (!cluster || jobs.length === 0) throw new NotFoundError(`cluster ${id} not found`);
    return { cluster, jobs };
  };

  router.post('/', async (req, res) => {
    if (!req.is(['application/json', 'application/*+json']))
      throw new BadRequestError('send the cluster spec as JSON (Content-Type: application/json); the kdeploy CLI converts YAML');
    const submission = await readSubmission(req.body);
    const { inputs } = submission;
    if (req.query['dryRun'] === 'true') {
      const signal = AbortSignal.timeout(120_000);
      const noProgress = { hostStepStarted: () => undefined, hostStepFinished: () => undefined, log: () => undefined };
      // a dry run plans; nothing in it changes or checks anything
      const stageCtx: StageContext = {
        inputs,
        services: ctx.services,
        signal,
        progress: noProgress,
        logger: ctx.logger,
        changedSoFar: () => false,
      };
      const plans = await planStages(stages, stageCtx);
      return void res.status(200).json({ clusterId: inputs.clusterId, dryRun: true, stages: plans });
    }
    const key = req.get('idempotency-key');
    if (key !== undefined) {
      if (!IDEMPOTENCY_KEY.test(key)) throw new IdempotencyMismatchError('Idempotency-Key must be 1 to 200 visible ASCII characters');
      const seen = await store.findIdempotencyKey(key);
      if (seen && seen.bodyHash !== submission.bodyHash) {
        throw new IdempotencyMismatchError(
          `Idempotency-Key "${key}" was already used with another request body (cluster ${seen.clusterId}); use a new key`,
        );
      }
      if (seen) return accepted(res, seen.clusterId, seen.jobId);
    }
    const job = await store.createJob({
      clusterId: inputs.clusterId,
      cluster: { spec: submission.redacted, knownHosts: inputs.knownHosts, secrets: inputs.secrets },
      job: {
        id: randomUUID(),
        kind: 'deploy',
        stages: stages.map((s) => ({ id: s.id, title: s.title, needs: [...(s.needsFor?.(inputs.spec) ?? s.needs)] })),
      },
      ...(key !== undefined ? { idempotency: { key, bodyHash: submission.bodyHash } } : {}),
      maxRunningJobs: ctx.maxRunningJobs,
    });
    runner.start(job);
    accepted(res, inputs.clusterId, job.id);
  });

  router.get('/', async (_req, res) => {
    const clusters = await store.listClusters();
    const items = await Promise.all(
      clusters.map(async (c) => {
        const [job] = await store.jobsOf(c.id);
        return { id: c.id, phase: phaseOf(job), createdAt: c.createdAt, updatedAt: c.updatedAt, jobId: job.id };
      }),
    );
    res.json({ items });
  });

  router.get('/:id', async (req, res) => {
    const { cluster, jobs } = await latest(req.params['id']);
    res.json(clusterView(cluster, jobs));
  });

  router.post('/:id/retry', async (req, res) => {
    const { jobs } = await latest(req.params['id']);
    const [job] = jobs;
    if (job.state !== 'failed')
      throw new ConflictError(`the latest job of cluster ${job.clusterId} is ${job.state}, not failed; nothing to retry`);
    const reopened = await store.reopenJob(job.id);
    runner.start(reopened, true);
    accepted(res, job.clusterId, job.id);
  });

  router.get('/:id/kubeconfig', async (req, res) => {
    const { cluster, jobs } = await latest(req.params['id']);
    const phase = phaseOf(jobs[0]);
    if (phase !== 'ready') throw new ConflictError(`cluster ${cluster.id} is ${phase}; its kubeconfig exists once a deploy job is done`);
    const inputs = await runner.inputsOf(cluster.id);
    const { kubeconfig } = await ctx.services.master.unary('GetAdminKubeconfig', {
      clusterId: cluster.id,
      endpoint: externalEndpoint(inputs.derived),
      pki: pkiSourceOf(ctx.services.addresses.pki),
      clusterName: cluster.id,
    });
    // who took an admin credential is audited; the credential itself never reaches a log
    ctx.logger.info({ audit: 'kubeconfig-issued', cluster: cluster.id, remote: req.ip }, 'admin kubeconfig issued');
    res.set('cache-control', 'no-store').type('application/yaml').send(kubeconfig);
  });

  router.delete('/:id', async (req, res) => {
    const { cluster } = await latest(req.params['id']);
    const purge = req.query['purgePki'];
    if (purge !== undefined && purge !== 'true' && purge !== 'false') throw new BadRequestError('purgePki must be true or false');
    const nodes = removalGraph(stages, purge === 'true');
    const job = await store.createJob({
      clusterId: cluster.id,
      job: { id: randomUUID(), kind: 'remove', stages: nodes },
      maxRunningJobs: ctx.maxRunningJobs,
    });
    runner.start(job);
    accepted(res, cluster.id, job.id);
  });

  return router;
}
