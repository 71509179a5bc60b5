import { CancelledError, HostsFailedError } from '@kdeploy/errors';

/** Anything that names its host: a HostConnection, or a plain `{ host }` record. */
export interface Named {
  readonly host: string;
}

export interface FanOutOptions {
  /** Hosts worked on at the same time. */
  concurrency: number;
  /** Hosts not yet started when it aborts are not started and count as cancelled. */
  signal?: AbortSignal;
  /** Names the work in the error: "Install etcd binaries failed on 2 host(s): ...". */
  what: string;
}

/** The result for one host: its value, or the error it failed with. */
export type HostOutcome<T, R> = { host: string; item: T; ok: true; value: R } | { host: string; item: T; ok: false; error: Error };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The one place that runs work over hosts in parallel. Every host runs (or is cancelled);
 * one host's failure never stops another. Outcomes come back in input order.
 */
export async function fanOutSettled<T extends Named, R>(
  items: readonly T[],
  fn: (item: T, signal?: AbortSignal) => Promise<R>,
  options: FanOutOptions,
): Promise<HostOutcome<T, R>[]> {
  const { concurrency, signal, what } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`fanOut(${what}): concurrency must be a positive integer, got ${concurrency}`);
  }
  const names = new Set(items.map((i) => i.host));
  if (names.size !== items.length) throw new RangeError(`fanOut(${what}): a host is listed twice`);

  const outcomes: HostOutcome<T, R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (signal?.aborted) {
        outcomes[index] = { host: item.host, item, ok: false, error: new CancelledError(item.host, what) };
        continue;
      }
      try {
        outcomes[index] = { host: item.host, item, ok: true, value: await fn(item, signal) };
      } catch (error) {
        outcomes[index] = { host: item.host, item, ok: false, error: asError(error) };
      }
    }
  };
  // Promise.all over a fixed pool of workers, not over hosts: this is the concurrency limit.
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return outcomes;
}

/**
 * Like fanOutSettled, but resolves with the values in input order, or throws one
 * HostsFailedError naming every failed (or cancelled) host. Use fanOutSettled when the
 * results of the hosts that succeeded matter after a failure.
 */
export async function fanOut<T extends Named, R>(
  items: readonly T[],
  fn: (item: T, signal?: AbortSignal) => Promise<R>,
  options: FanOutOptions,
): Promise<R[]> {
  const outcomes = await fanOutSettled(items, fn, options);
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [{ host: o.host, error: o.error }]));
  if (failures.length > 0) throw new HostsFailedError(options.what, failures);
  return outcomes.map((o) => (o.ok ? o.value : (undefined as never)));
}
