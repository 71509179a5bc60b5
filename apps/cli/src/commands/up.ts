import { api, Connection } from '../api';
import { eventLine } from '../format';
import { readSpecFile } from '../spec-file';
import { followJob } from '../sse';

type Out = (line: string) => void;

interface Plan {
  stages: {
    stage: string;
    note?: string;
    hosts: { host: string; changes: { step: string; action: string; target: string; reason: string }[] }[];
  }[];
}

/** Prints the plan of every stage (`--dry-run`); nothing on a host changes. */
async function dryRun(conn: Connection, spec: unknown, out: Out): Promise<number> {
  const { body } = await api<Plan>(conn, 'POST', '/clusters?dryRun=true', spec);
  for (const s of body.stages) {
    out(`${s.stage}:${s.note ? ` (${s.note})` : ''}`);
    for (const h of s.hosts) {
      out(`  ${h.host}: ${s.note ? 'not planned' : h.changes.length === 0 ? 'no changes' : `${h.changes.length} change(s)`}`);
      for (const c of h.changes) out(`    ${c.action.padEnd(7)} ${c.target}  (${c.step}: ${c.reason})`);
    }
  }
  return 0;
}

/** Follows a job to its end; 0 when done, 1 when failed. */
export async function follow(conn: Connection, clusterId: string, jobId: string, out: Out): Promise<number> {
  let startedAt: number | undefined;
  let ok = false;
  for await (const e of followJob(conn, clusterId, jobId)) {
    startedAt ??= Date.parse(e.data.time);
    const line = eventLine(e, startedAt);
    if (line) out(line);
    if (e.type === 'job-finished') ok = e.data['state'] === 'done';
  }
  return ok ? 0 : 1;
}

/** `kdeploy up -f FILE [--dry-run] [--detach]`: submit the spec and show progress to the end. */
export async function up(
  conn: Connection,
  opts: { file: string; dryRun: boolean; detach: boolean; idempotencyKey?: string },
  out: Out,
): Promise<number> {
  const spec = readSpecFile(opts.file);
  if (opts.dryRun) return dryRun(conn, spec, out);
  const headers: Record<string, string> = opts.idempotencyKey ? { 'idempotency-key': opts.idempotencyKey } : {};
  const { body } = await api<{ clusterId: string; jobId: string; location: string }>(conn, 'POST', '/clusters', spec, headers);
  out(`cluster ${body.clusterId}: job ${body.jobId} accepted (${conn.url}${body.location})`);
  if (opts.detach) return 0;
  return follow(conn, body.clusterId, body.jobId, out);
}
