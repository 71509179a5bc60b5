import type { JobEvent } from './sse';

const secs = (ms: unknown) => `${(Number(ms) / 1000).toFixed(1)}s`;
const pad = (s: unknown, n: number) => String(s ?? '').padEnd(n);
/** A duration column: `-` until there is one, so an empty cell still reads as a column. */
const took = (ms: number | undefined) => (ms === undefined ? '-' : secs(ms));
/** The parts of the spec no installer deployed yet, one indented line each (empty when none). */
const notYet = (d: Record<string, unknown>) => {
  const parts = (d['notDeployed'] as string[] | undefined) ?? [];
  return parts.length === 0
    ? ''
    : `\n    not deployed (kdeploy has no installer for it yet):${parts.map((p) => `\n      - ${p}`).join('')}`;
};

/** Events stored before stages had their own name (`step-*`, `steps`, `step`) replay under the new names. */
function fromOldNames(e: JobEvent): JobEvent {
  const d = e.data;
  if (!('steps' in d) && !('step' in d)) return e;
  const { steps, step, ...rest } = d as typeof d & { steps?: unknown; step?: unknown };
  const type = /^step-(started|finished|failed)$/.test(e.type) ? e.type.replace('step-', 'stage-') : e.type;
  return {
    ...e,
    type,
    data: { ...rest, ...(steps !== undefined ? { stages: steps } : {}), ...(step !== undefined ? { stage: step } : {}) } as typeof d,
  };
}

/**
 * One line per stage and per host step, with the time since the job started and each
 * stage's and host step's own duration; undefined for events not worth a line (debug logs).
 */
export function eventLine(event: JobEvent, startedAt: number): string | undefined {
  const e = fromOldNames(event);
  const d = e.data;
  const at = `[${pad(secs(Date.parse(d.time) - startedAt), 6)}]`;
  switch (e.type) {
    case 'job-started':
      return `${at} ${d['resumed'] ? 'resumed' : 'started'} ${d['kind']} job: ${((d['stages'] as string[] | undefined) ?? []).join(', ')}${notYet(d)}`;
    case 'stage-started':
      return `${at} ${pad(d['stage'], 6)} ${pad('', 12)} started   ${d['title']}`;
    case 'stage-finished':
      return `${at} ${pad(d['stage'], 6)} ${pad('', 12)} done      ${d['title']} (${secs(d['durationMs'])})`;
    case 'stage-failed':
      return `${at} ${pad(d['stage'], 6)} ${pad('', 12)} FAILED    ${d['title']} (${secs(d['durationMs'])}): ${(d['error'] as { message: string }).message}`;
    case 'host-step-finished': {
      const err = d['error'] as { message: string } | undefined;
      return `${at} ${pad(d['stage'], 6)} ${pad(d['host'], 12)} ${pad(d['outcome'], 9)} ${d['title']} (${secs(d['durationMs'])})${err ? `: ${err.message}` : ''}`;
    }
    case 'log':
      return d['level'] === 'debug'
        ? undefined
        : `${at} ${pad(d['stage'], 6)} ${pad(d['host'] ?? '', 12)} ${pad(d['level'], 9)} ${d['message']}`;
    case 'job-finished':
      return d['state'] === 'done'
        ? `${at} job done in ${secs(d['durationMs'])}${notYet(d)}`
        : `${at} job FAILED after ${secs(d['durationMs'])}: ${(d['error'] as { message: string }).message}`;
    default:
      return undefined;
  }
}

interface StageView {
  id: string;
  title: string;
  state: string;
  durationMs?: number;
  error?: { message: string };
  hosts: Record<string, { state: string; durationMs?: number; current?: string; error?: { message: string } }>;
}

/** `kdeploy status ID`: the latest job, each stage and each host with state and timing. */
export function statusText(view: {
  id: string;
  phase: string;
  job: { id: string; kind: string; state: string; durationMs?: number; error?: { message: string }; stages: StageView[] };
}): string {
  const { job } = view;
  const lines = [
    `cluster ${view.id}: ${view.phase}`,
    `job ${job.id} (${job.kind}): ${job.state}${job.durationMs !== undefined ? ` in ${secs(job.durationMs)}` : ''}`,
  ];
  for (const s of job.stages) {
    lines.push(`  ${pad(s.id, 8)} ${pad(s.state, 8)} ${pad(took(s.durationMs), 7)} ${s.title}${s.error ? `: ${s.error.message}` : ''}`);
    for (const [host, h] of Object.entries(s.hosts)) {
      lines.push(
        `    ${pad(host, 12)} ${pad(h.state, 8)} ${pad(took(h.durationMs), 7)}${h.current ? ` ${h.current}` : ''}${h.error ? `: ${h.error.message}` : ''}`.trimEnd(),
      );
    }
  }
  if (job.error) lines.push(`error: ${job.error.message}`);
  return `${lines.join('\n')}\n`;
}
