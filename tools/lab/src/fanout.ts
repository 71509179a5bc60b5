import { fanOut } from '@kdeploy/steps';

/**
 * Runs fn for every host at once through kdeploy's one fan-out (libs/steps): one failed host
 * never hides another, and the error names every failed host with its own reason.
 */
export function forEachHost<H extends { name: string }, R>(hosts: H[], what: string, fn: (host: H) => Promise<R>): Promise<R[]> {
  return fanOut(
    hosts.map((h) => ({ host: h.name, h })),
    ({ h }) => fn(h),
    { concurrency: Math.max(1, hosts.length), what },
  );
}
