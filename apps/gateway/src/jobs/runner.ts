import { CancelledError, NotFoundError, PreconditionError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { deriveCluster } from '@kdeploy/cluster-spec';
import { toErrorView } from '../errors';
import type { Metrics } from '../metrics';
import type { ServiceClients } from '../services/clients';
import type { JobRecord, JobStore, StageRecord } from '../store/job-store';
import type { EventHub, JobEvent } from './events';
import { runGraph } from './graph';
import type { DeployInputs } from './requests';
import type { Stage, StageContext } from './stage';
import { trackHosts } from './host-tracker';
import { notDeployed } from './not-deployed';
import { DAY2_STAGES } from './day2/stages';
import { specWithoutNode } from './day2/jobs';
import { TRANSIENT_STEPS } from './stages/node';

/** Thrown inside a job when the gateway stops: the job stays `running` in the store and resumes at the next start. */
class GatewayStopping extends CancelledError {}

/**
 * Runs jobs: each as its graph of stages, every stage checkpointed in the store before and
 * after it runs. A job found `running` at start (the gateway died) is resumed: done stages
 * are skipped, an interrupted stage runs again (stages are idempotent).
 */
export class JobRunner {
  private readonly active = new Map<string, { abort: AbortController; done: Promise<void> }>();

  constructor(
    private readonly deps: {
      store: JobStore;
      hub: EventHub;
      services: ServiceClients;
      metrics: Metrics;
      logger: Logger;
      stages: readonly Stage[];
    },
  ) {}

  /** Builds what the stages need from the stored (redacted) spec and the unsealed secrets. */
  async inputsOf(clusterId: string): Promise<DeployInputs> {
    const cluster = await this.deps.store.getCluster(clusterId);
    if (!cluster) throw new NotFoundError(`cluster ${clusterId} not found`);
    const secrets = await this.deps.store.clusterSecrets(clusterId);
    return { clusterId, spec: cluster.spec, derived: deriveCluster(cluster.spec), secrets, knownHosts: cluster.knownHosts };
  }

  start(job: JobRecord, resumed = false): void {
    const abort = new AbortController();
    const done = this.execute(job, abort.signal, resumed).finally(() => this.active.delete(job.id));
    this.active.set(job.id, { abort, done });
  }

  async resumeRunning(): Promise<number> {
    const jobs = await this.deps.store.runningJobs();
    for (const job of jobs) this.start(job, true);
    return jobs.length;
  }

  /** Stops every job without marking it failed, so the next gateway start resumes it. */
  async stop(): Promise<void> {
    for (const { abort } of this.active.values()) abort.abort(new GatewayStopping('gateway', 'job'));
    await Promise.all([...this.active.values()].map((a) => a.done));
  }

  /** Resolves when the job ends in this process (tests, graceful shutdown). */
  async settled(jobId: string): Promise<void> {
    await this.active.get(jobId)?.done;
  }

  private async execute(job: JobRecord, signal: AbortSignal, resumed: boolean): Promise<void> {
    const { store, hub, metrics, logger } = this.deps;
    const log = logger.child({ cluster: job.clusterId, job: job.id });
    // a resumed job's earlier changes are not known: it counts as changed
    let changed = resumed;
    const emit = (e: JobEvent) => {
      if (e.type === 'host-step-finished' && e.outcome === 'changed' && !TRANSIENT_STEPS.has(e.hostStep)) changed = true;
      void hub.publish(job.clusterId, job.id, e);
    };
    const started = Date.now();
    metrics.jobsStarted.inc({ kind: job.kind, resumed: String(resumed) });
    metrics.jobsRunning.inc();
    try {
      const inputs = await this.inputsOf(job.clusterId);
      // a deploy names what the spec asks for that no stage installs yet
      const missing = job.kind === 'deploy' ? { notDeployed: notDeployed(inputs.spec) } : {};
      emit({ type: 'job-started', kind: job.kind, stages: job.stages.map((s) => s.id), resumed, ...missing });
      const done = new Set(job.stages.filter((s) => s.state === 'done').map((s) => s.id));
      // The stage records are the graph's nodes, so each node hands its own record to runStageRecord.
      await runGraph(job.stages, done, (record) => this.runStageRecord(job, record, inputs, signal, emit, log, () => changed));
      // a removed node leaves the stored spec only once it is off its host, so a failed removal can be retried
      if (job.kind === 'remove-node') for (const host of job.stages[0]?.scope ?? []) await this.forgetNode(job.clusterId, host);
      const finished = await store.finishJob(job.id, 'done');
      metrics.jobsFinished.inc({ kind: job.kind, state: 'done' });
      emit({ type: 'job-finished', state: 'done', durationMs: finished.durationMs ?? Date.now() - started, ...missing });
      log.info({ durationMs: Date.now() - started }, 'job done');
    } catch (e) {
      if (signal.reason instanceof GatewayStopping) return log.info('job interrupted by shutdown; it resumes at the next start');
      const error = toErrorView(e, log);
      const finished = await store.finishJob(job.id, 'failed', error);
      metrics.jobsFinished.inc({ kind: job.kind, state: 'failed' });
      emit({ type: 'job-finished', state: 'failed', durationMs: finished.durationMs ?? Date.now() - started, error });
      log.warn({ error }, 'job failed');
    } finally {
      metrics.jobsRunning.dec();
    }
  }

  private async forgetNode(clusterId: string, host: string): Promise<void> {
    const cluster = await this.deps.store.getCluster(clusterId);
    if (cluster) await this.deps.store.updateClusterSpec(clusterId, specWithoutNode(cluster.spec, host));
  }

  /** Runs one stage of the job from its record, checkpointing the record before and after. */
  private async runStageRecord(
    job: JobRecord,
    record: StageRecord,
    inputs: DeployInputs,
    signal: AbortSignal,
    emit: (e: JobEvent) => void,
    log: Logger,
    changedSoFar: () => boolean,
  ): Promise<void> {
    const { store, metrics, services } = this.deps;
    const stage: StageRecord = {
      ...record,
      state: 'running',
      startedAt: new Date().toISOString(),
      finishedAt: undefined,
      durationMs: undefined,
      error: undefined,
      hosts: {},
    };
    await store.updateStage(job.id, stage); // checkpoint before: a restart knows this stage was in work
    emit({ type: 'stage-started', stage: stage.id, title: stage.title });
    const t0 = Date.now();
    const progress = trackHosts(stage, emit, () => void store.updateStage(job.id, stage));
    // a day-2 stage (nodes added or removed) reaches only the hosts its record names
    const scoped = record.scope ? { ...inputs, scope: record.scope } : inputs;
    const ctx: StageContext = { inputs: scoped, services, signal, progress, logger: log.child({ stage: stage.id }), changedSoFar };
    try {
      // Inside the try: a recorded stage this gateway cannot run fails as that stage, recorded like any other failure.
      await this.runStage(job, record.id, ctx);
      const durationMs = Date.now() - t0;
      Object.assign(stage, { state: 'done', finishedAt: new Date().toISOString(), durationMs });
      await store.updateStage(job.id, stage); // checkpoint after: a restart skips this stage
      metrics.stageDuration.observe({ stage: stage.id, state: 'done' }, durationMs / 1000);
      emit({ type: 'stage-finished', stage: stage.id, title: stage.title, durationMs });
    } catch (e) {
      if (signal.reason instanceof GatewayStopping) throw signal.reason;
      const error = toErrorView(e, log, { stage: stage.id });
      const durationMs = Date.now() - t0;
      Object.assign(stage, { state: 'failed', finishedAt: new Date().toISOString(), durationMs, error });
      await store.updateStage(job.id, stage);
      metrics.stageDuration.observe({ stage: stage.id, state: 'failed' }, durationMs / 1000);
      metrics.errors.inc({ where: `stage:${stage.id}`, code: error.code });
      emit({ type: 'stage-failed', stage: stage.id, title: stage.title, durationMs, error });
      throw e;
    }
  }

  /** Runs the stage a record names: `run` in a deploy or day-2 job, `remove` in a removal job. */
  private async runStage(job: JobRecord, stageId: string, ctx: StageContext): Promise<void> {
    const stage = [...this.deps.stages, ...DAY2_STAGES].find((s) => s.id === stageId);
    // A stored job may name a stage this gateway lacks (it was written by another version).
    if (!stage) throw new PreconditionError(`job ${job.id} has stage ${stageId}, which this gateway does not run`);
    if (job.kind !== 'remove') return stage.run(ctx);
    // Removal jobs come from the removal graph: stages that remove themselves, and with a purge
    // those whose state (pki-service's CAs) only a purge deletes.
    if (stage.remove) return stage.remove(ctx);
    if (stage.purge) return stage.purge(ctx);
    throw new PreconditionError(`job ${job.id} removes stage ${stageId}, which has nothing to remove`);
  }
}
