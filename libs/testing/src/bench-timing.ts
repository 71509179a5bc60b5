import type { commonV1 } from '@kdeploy/proto';

/** A drained progress stream of an installer call, as the harnesses return it. */
export interface DrainedRun {
  events: commonV1.ProgressEvent__Output[];
  result: commonV1.Result__Output | null;
}

/** Where a run's time went: per step, the slowest host's own time (steps run one after another). */
export function stepBreakdown(events: DrainedRun['events']): string {
  const slowest = new Map<string, number>();
  for (const e of events) {
    const f = e.stepFinished;
    if (f) slowest.set(f.stepId, Math.max(slowest.get(f.stepId) ?? 0, f.durationMs));
  }
  return [...slowest].map(([id, ms]) => `${id.replace(/^[a-z]+\//, '')} ${ms} ms`).join(', ');
}

/** Times one installer call for a benchmark; a failed call fails the benchmark with its error. */
export async function timedRun(label: string, fn: () => Promise<DrainedRun>) {
  const t0 = process.hrtime.bigint();
  const r = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!r.result?.success) throw new Error(`${label} failed: ${r.result?.error?.message}`);
  return { ms, changed: r.result.changed, steps: stepBreakdown(r.events) };
}
