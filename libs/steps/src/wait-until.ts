import { CancelledError } from '@kdeploy/errors';

/** One look at the thing waited for: there (with what was read), or not yet and why. */
export type Poll<T> = { done: true; value: T } | { done: false; why: string };

export interface WaitOptions {
  /** For the cancellation error: "waiting for a healthy cluster". */
  what: string;
  /** Host the wait is about, for the cancellation error. */
  host?: string;
  timeoutMs: number;
  /** Pause between looks. Default 250 ms. */
  intervalMs?: number;
  signal?: AbortSignal;
  /** A probe that throws counts as "not yet" when this says so; otherwise the error ends the wait. Default: every error is "not yet". */
  retryOn?: (error: unknown) => boolean;
}

/** How a wait ended: the value, or the last reason it was not there yet when time ran out. */
export type WaitResult<T> = { ok: true; value: T } | { ok: false; last: string; waitedMs: number };

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * The one polling loop: looks until the probe says done or the time is up. A timeout is not
 * thrown: the caller turns `last` into an error in its own words, with its own diagnosis
 * (a unit's journal, a member's state). Cancellation throws CancelledError at once.
 */
export async function waitUntil<T>(probe: () => Promise<Poll<T>>, options: WaitOptions): Promise<WaitResult<T>> {
  const { timeoutMs, intervalMs = 250, signal, retryOn = () => true } = options;
  const started = Date.now();
  let last = 'no answer yet';
  for (;;) {
    if (signal?.aborted) throw new CancelledError(options.host ?? 'installer', options.what);
    try {
      const poll = await probe();
      if (poll.done) return { ok: true, value: poll.value };
      last = poll.why;
    } catch (error) {
      if (!retryOn(error)) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
    const waitedMs = Date.now() - started;
    if (waitedMs + intervalMs > timeoutMs) return { ok: false, last, waitedMs };
    await pause(intervalMs, signal);
  }
}
