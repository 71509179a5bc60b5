import { EventEmitter } from 'node:events';
import type { Logger } from '@kdeploy/logging';
import type { ErrorView, JobKind, JobStore, StoredEvent } from '../store/job-store';

/**
 * The job's progress events: a typed union whose `type` is the SSE `event` name and whose
 * store sequence is the SSE `id`. Every field is built by kdeploy; none holds a secret.
 */
export type JobEvent =
  | { type: 'job-started'; kind: JobKind; stages: string[]; resumed: boolean; notDeployed?: string[] }
  | { type: 'stage-started'; stage: string; title: string }
  | { type: 'stage-finished'; stage: string; title: string; durationMs: number }
  | { type: 'stage-failed'; stage: string; title: string; durationMs: number; error: ErrorView }
  | { type: 'host-step-started'; stage: string; hostStep: string; title: string; host: string }
  | {
      type: 'host-step-finished';
      stage: string;
      hostStep: string;
      title: string;
      host: string;
      outcome: string;
      durationMs: number;
      error?: ErrorView;
    }
  | { type: 'log'; stage: string; level: string; message: string; host?: string }
  | { type: 'job-finished'; state: 'done' | 'failed'; durationMs: number; error?: ErrorView; notDeployed?: string[] };

/** Event types that end a job's stream. */
export const FINAL_EVENT = 'job-finished';

/**
 * Writes each event to the store first (that assigns its sequence), then tells live
 * subscribers, so what a client sees live is always what a reconnecting client replays.
 */
export class EventHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  // Appends of one cluster are chained so sequence order equals publish order.
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: JobStore,
    private readonly logger: Logger,
  ) {}

  publish(clusterId: string, jobId: string, event: JobEvent): Promise<StoredEvent> {
    const { type, ...data } = event;
    const prev = this.tails.get(clusterId) ?? Promise.resolve();
    const next = prev.then(async () => {
      const stored = await this.store.appendEvent(clusterId, { jobId, type, time: new Date().toISOString(), data });
      this.emitter.emit(clusterId, stored);
      return stored;
    });
    this.tails.set(
      clusterId,
      next.catch((e: unknown) => this.logger.error({ err: e, clusterId }, 'cannot store a job event')),
    );
    return next;
  }

  /** Calls `listener` with each event of the cluster published from now on; returns the unsubscribe. */
  subscribe(clusterId: string, listener: (event: StoredEvent) => void): () => void {
    this.emitter.on(clusterId, listener);
    return () => this.emitter.off(clusterId, listener);
  }
}
