import Database from 'better-sqlite3';
import { NotFoundError } from '@kdeploy/errors';
import { ConflictError, TooManyJobsError } from '../api-errors';
import { ClusterRecord, ClusterSecrets, ErrorView, JobRecord, JobStore, NewJob, StageRecord, StoredEvent } from './job-store';
import type { ClusterSpec } from '@kdeploy/cluster-spec';
import { openSealedDatabase, SecretBox } from '@kdeploy/secrets';
import { MIGRATIONS } from './sqlite-schema';

const KEY_CHECK = 'kdeploy-gateway-store-key-check';
const now = () => new Date().toISOString();
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

interface JobRow {
  id: string;
  cluster_id: string;
  kind: string;
  state: string;
  created_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  error: string | null;
}
interface ClusterRow {
  id: string;
  spec: string;
  known_hosts: string;
  created_at: string;
  updated_at: string;
}

/**
 * The embedded job store: one SQLite file (WAL, so readers never wait for the job writer).
 * Opening checks the store key against a sealed marker, so a wrong key stops the gateway at
 * start instead of failing when a job needs the SSH key.
 */
export class SqliteJobStore implements JobStore {
  private readonly db: Database.Database;

  constructor(
    path: string,
    private readonly box: SecretBox,
  ) {
    this.db = openSealedDatabase(path, box, {
      migrations: MIGRATIONS,
      keyCheck: { marker: KEY_CHECK, row: 'key-check' },
      pragmas: ['foreign_keys = ON'],
    });
  }

  async createJob(input: NewJob): Promise<JobRecord> {
    const { clusterId, cluster, job } = input;
    const tx = this.db.transaction(() => {
      const busy = this.db.prepare("SELECT id FROM jobs WHERE cluster_id = ? AND state = 'running'").get(clusterId) as
        { id: string } | undefined;
      if (busy) throw new ConflictError(`cluster ${clusterId} already has a job in work (${busy.id}); wait for it to finish`);
      const { n } = this.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE state = 'running'").get() as { n: number };
      if (n >= input.maxRunningJobs)
        throw new TooManyJobsError(`${n} jobs are running, the limit is ${input.maxRunningJobs}; try again later`);
      const t = now();
      if (cluster) {
        const sealed = this.box.seal(JSON.stringify(cluster.secrets), `cluster:${clusterId}`);
        this.db
          .prepare(
            `INSERT INTO clusters (id, spec, known_hosts, secrets_enc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET spec = excluded.spec, known_hosts = excluded.known_hosts, secrets_enc = excluded.secrets_enc, updated_at = excluded.updated_at`,
          )
          .run(clusterId, JSON.stringify(cluster.spec), cluster.knownHosts, sealed, t, t);
      } else if (!this.db.prepare('SELECT id FROM clusters WHERE id = ?').get(clusterId)) {
        throw new NotFoundError(`cluster ${clusterId} not found`);
      }
      this.db
        .prepare("INSERT INTO jobs (id, cluster_id, kind, state, created_at) VALUES (?, ?, ?, 'running', ?)")
        .run(job.id, clusterId, job.kind, t);
      // Stage records live in the `steps` table: it keeps its old name for stores on disk.
      const insertStage = this.db.prepare('INSERT INTO steps (job_id, position, id, record) VALUES (?, ?, ?, ?)');
      job.stages.forEach((s, i) =>
        insertStage.run(job.id, i, s.id, JSON.stringify({ ...s, state: 'pending', hosts: {} } satisfies StageRecord)),
      );
      if (input.idempotency) {
        this.db
          .prepare('INSERT INTO idempotency_keys (key, body_hash, cluster_id, job_id, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(input.idempotency.key, input.idempotency.bodyHash, clusterId, job.id, t);
      }
    });
    tx.immediate();
    return this.jobAfterWrite(job.id);
  }

  async findIdempotencyKey(key: string) {
    const row = this.db.prepare('SELECT body_hash, cluster_id, job_id FROM idempotency_keys WHERE key = ?').get(key) as
      { body_hash: string; cluster_id: string; job_id: string } | undefined;
    return row && { bodyHash: row.body_hash, clusterId: row.cluster_id, jobId: row.job_id };
  }

  private toCluster(r: ClusterRow): ClusterRecord {
    return { id: r.id, spec: JSON.parse(r.spec), knownHosts: r.known_hosts, createdAt: r.created_at, updatedAt: r.updated_at };
  }

  async getCluster(id: string) {
    const row = this.db.prepare('SELECT * FROM clusters WHERE id = ?').get(id) as ClusterRow | undefined;
    return row && this.toCluster(row);
  }

  async listClusters() {
    return (this.db.prepare('SELECT * FROM clusters ORDER BY created_at').all() as ClusterRow[]).map((r) => this.toCluster(r));
  }

  async clusterSecrets(id: string): Promise<ClusterSecrets> {
    const row = this.db.prepare('SELECT secrets_enc FROM clusters WHERE id = ?').get(id) as { secrets_enc: Buffer } | undefined;
    if (!row) throw new NotFoundError(`cluster ${id} not found`);
    return JSON.parse(this.box.open(row.secrets_enc, `cluster:${id}`));
  }

  async updateClusterSpec(id: string, spec: ClusterSpec) {
    const r = this.db.prepare('UPDATE clusters SET spec = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(spec), now(), id);
    if (r.changes === 0) throw new NotFoundError(`cluster ${id} not found`);
  }

  private toJob(r: JobRow): JobRecord {
    const stages = (this.db.prepare('SELECT record FROM steps WHERE job_id = ? ORDER BY position').all(r.id) as { record: string }[]).map(
      (s) => JSON.parse(s.record) as StageRecord,
    );
    return {
      id: r.id,
      clusterId: r.cluster_id,
      kind: r.kind as JobRecord['kind'],
      state: r.state as JobRecord['state'],
      createdAt: r.created_at,
      finishedAt: opt(r.finished_at),
      durationMs: opt(r.duration_ms),
      error: r.error ? (JSON.parse(r.error) as ErrorView) : undefined,
      stages,
    };
  }

  async getJob(id: string) {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row && this.toJob(row);
  }

  /** A job this store has just written, read back; jobs are never deleted, so a miss means the file changed under us. */
  private async jobAfterWrite(id: string): Promise<JobRecord> {
    const job = await this.getJob(id);
    if (!job) throw new NotFoundError(`job ${id} not found`);
    return job;
  }

  async jobsOf(clusterId: string) {
    return (this.db.prepare('SELECT * FROM jobs WHERE cluster_id = ? ORDER BY created_at DESC, rowid DESC').all(clusterId) as JobRow[]).map(
      (r) => this.toJob(r),
    );
  }

  async runningJobs() {
    return (this.db.prepare("SELECT * FROM jobs WHERE state = 'running' ORDER BY created_at").all() as JobRow[]).map((r) => this.toJob(r));
  }

  async reopenJob(jobId: string) {
    const job = await this.getJob(jobId);
    if (!job) throw new NotFoundError(`job ${jobId} not found`);
    this.db
      .transaction(() => {
        this.db.prepare("UPDATE jobs SET state = 'running', finished_at = NULL, duration_ms = NULL, error = NULL WHERE id = ?").run(jobId);
        for (const s of job.stages.filter((x) => x.state !== 'done')) {
          this.db
            .prepare('UPDATE steps SET record = ? WHERE job_id = ? AND id = ?')
            .run(JSON.stringify({ ...s, state: 'pending', error: undefined } satisfies StageRecord), jobId, s.id);
        }
      })
      .immediate();
    return this.jobAfterWrite(jobId);
  }

  async updateStage(jobId: string, stage: StageRecord) {
    this.db.prepare('UPDATE steps SET record = ? WHERE job_id = ? AND id = ?').run(JSON.stringify(stage), jobId, stage.id);
  }

  async finishJob(jobId: string, state: 'done' | 'failed', error?: ErrorView) {
    const job = await this.getJob(jobId);
    if (!job) throw new NotFoundError(`job ${jobId} not found`);
    const t = new Date();
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE jobs SET state = ?, finished_at = ?, duration_ms = ?, error = ? WHERE id = ?')
        .run(state, t.toISOString(), t.getTime() - Date.parse(job.createdAt), error ? JSON.stringify(error) : null, jobId);
      // a cluster's updated time is when its last job ended (a removal too), not when its spec was last sent
      this.db.prepare('UPDATE clusters SET updated_at = ? WHERE id = ?').run(t.toISOString(), job.clusterId);
    })();
    return this.jobAfterWrite(jobId);
  }

  async appendEvent(clusterId: string, event: Omit<StoredEvent, 'seq'>): Promise<StoredEvent> {
    const seq = this.db
      .transaction(() => {
        const { last } = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS last FROM events WHERE cluster_id = ?').get(clusterId) as {
          last: number;
        };
        this.db
          .prepare('INSERT INTO events (cluster_id, seq, job_id, type, time, data) VALUES (?, ?, ?, ?, ?, ?)')
          .run(clusterId, last + 1, event.jobId, event.type, event.time, JSON.stringify(event.data));
        return last + 1;
      })
      .immediate();
    return { ...event, seq };
  }

  async eventsAfter(clusterId: string, seq: number) {
    const rows = this.db
      .prepare('SELECT seq, job_id, type, time, data FROM events WHERE cluster_id = ? AND seq > ? ORDER BY seq')
      .all(clusterId, seq) as { seq: number; job_id: string; type: string; time: string; data: string }[];
    return rows.map((r) => ({ seq: r.seq, jobId: r.job_id, type: r.type, time: r.time, data: JSON.parse(r.data) }));
  }

  async countRows() {
    const count = (t: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { clusters: count('clusters'), jobs: count('jobs') };
  }

  close() {
    this.db.close();
  }
}
