import { LabError } from './exec';

/**
 * Runs fn for every host at once and waits for all of them: one failed host never hides
 * another, and the error names every failed host with its own reason.
 */
export async function forEachHost<H extends { name: string }, R>(hosts: H[], fn: (host: H) => Promise<R>): Promise<R[]> {
  const results = await Promise.allSettled(hosts.map((h) => fn(h)));
  const failures = results.flatMap((r, i) =>
    r.status === 'rejected' ? [`${hosts[i].name}: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`] : [],
  );
  if (failures.length > 0) {
    throw new LabError(`${failures.length} of ${hosts.length} hosts failed:\n${failures.join('\n')}`);
  }
  return results.map((r) => (r as PromiseFulfilledResult<R>).value);
}
