import type { ClusterSpec } from '@kdeploy/cluster-spec';

/** State of a stage (a node of the job graph) and of each host within it. */
export type StageState = 'pending' | 'running' | 'done' | 'failed';
/** State of a whole job. */
export type JobState = 'running' | 'done' | 'failed';
/** What a job does: bring the cluster up, take it off its hosts, or (day 2) add nodes or remove one. */
export type JobKind = 'deploy' | 'remove' | 'add-nodes' | 'remove-node';

/** An error as the API shows it: classified, never a stack. */
export interface ErrorView {
  code: string;
  message: string;
}

/** One host's part in a stage, built from the installer's streamed events. */
export interface HostState {
  state: StageState;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  /** Installer step the host is in (running) or failed in. */
  current?: string;
  error?: ErrorView;
}

/** A checkpoint: written before a stage runs and after it ends. */
export interface StageRecord {
  id: string;
  title: string;
  needs: string[];
  /** The hosts a day-2 stage acts on (the added nodes, the removed one); absent: every host of the spec. */
  scope?: string[];
  state: StageState;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  error?: ErrorView;
  hosts: Record<string, HostState>;
}

export interface JobRecord {
  id: string;
  clusterId: string;
  kind: JobKind;
  state: JobState;
  createdAt: string;
  finishedAt?: string;
  durationMs?: number;
  error?: ErrorView;
  stages: StageRecord[];
}

/** What is needed to reach the hosts and is never returned: sealed at rest. */
export interface ClusterSecrets {
  privateKey?: string;
  passphrase?: string;
  password?: string;
  sudoPassword?: string;
}

export interface ClusterRecord {
  id: string;
  /** The spec with secrets redacted; the only form that leaves the store through the API. */
  spec: ClusterSpec;
  /** known_hosts content read at submission: host keys are pinned for the job's whole life. */
  knownHosts: string;
  createdAt: string;
  updatedAt: string;
}

/** A numbered progress event of a cluster; `seq` is the SSE id. */
export interface StoredEvent {
  seq: number;
  jobId: string;
  type: string;
  time: string;
  data: Record<string, unknown>;
}

/** A new job with its cluster: stored together or not at all. */
export interface NewJob {
  clusterId: string;
  /** A (re)submitted spec; absent for a removal, which uses the stored one. */
  cluster?: { spec: ClusterSpec; knownHosts: string; secrets: ClusterSecrets };
  job: { id: string; kind: JobKind; stages: { id: string; title: string; needs: string[]; scope?: string[] }[] };
  idempotency?: { key: string; bodyHash: string };
  maxRunningJobs: number;
}

/**
 * The job store. Async throughout so a PostgreSQL implementation (several gateways) fits
 * the same interface; the invariants (one running job per cluster, the global job limit,
 * idempotency keys) are enforced inside `createJob`'s transaction, not by callers.
 */
export interface JobStore {
  /** Throws ConflictError (cluster busy) or TooManyJobsError; writes nothing then. */
  createJob(input: NewJob): Promise<JobRecord>;
  findIdempotencyKey(key: string): Promise<{ bodyHash: string; clusterId: string; jobId: string } | undefined>;
  getCluster(id: string): Promise<ClusterRecord | undefined>;
  listClusters(): Promise<ClusterRecord[]>;
  clusterSecrets(id: string): Promise<ClusterSecrets>;
  /** Replaces a cluster's stored (redacted) spec: a removed node leaves it when its job is done. */
  updateClusterSpec(id: string, spec: ClusterSpec): Promise<void>;
  getJob(id: string): Promise<JobRecord | undefined>;
  /** Newest first. */
  jobsOf(clusterId: string): Promise<JobRecord[]>;
  runningJobs(): Promise<JobRecord[]>;
  /** Resets a failed job's unfinished stages to pending and marks it running again. */
  reopenJob(jobId: string): Promise<JobRecord>;
  updateStage(jobId: string, stage: StageRecord): Promise<void>;
  finishJob(jobId: string, state: 'done' | 'failed', error?: ErrorView): Promise<JobRecord>;
  appendEvent(clusterId: string, event: Omit<StoredEvent, 'seq'>): Promise<StoredEvent>;
  eventsAfter(clusterId: string, seq: number): Promise<StoredEvent[]>;
  countRows(): Promise<{ clusters: number; jobs: number }>;
  close(): void;
}
