import { Change, RunSummary } from './plan';

/** An error as events carry it: no stack, no cause chain (which might hold secrets). */
export interface ErrorInfo {
  name: string;
  message: string;
  code?: string;
}

interface Base {
  /** Strictly increasing within one run: the SSE `id`, the gRPC ProgressEvent sequence. */
  seq: number;
  time: string;
}

/** Progress of a run, one variant per SSE `event` name. */
export type StepEvent = Base &
  (
    | { type: 'step-started'; stepId: string; step: string; host: string }
    | { type: 'step-finished'; stepId: string; step: string; host: string; durationMs: number; changed: number }
    | { type: 'step-skipped'; stepId: string; step: string; host: string; reason: string }
    | { type: 'host-failed'; stepId: string; step: string; host: string; error: ErrorInfo }
    | { type: 'change'; stepId: string; step: string; host: string; applied: boolean; change: Change }
    | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; stepId?: string; step?: string; host?: string }
    | { type: 'done'; ok: boolean; summary: RunSummary; error?: ErrorInfo }
  );

type Distribute<T> = T extends unknown ? Omit<T, 'seq' | 'time'> : never;
/** An event before the emitter numbers it. */
export type StepEventInput = Distribute<StepEvent>;

/** Reduces any thrown value to what may leave the process. */
export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** Numbers events and hands them on; a throwing listener must not break the run it watches. */
export class EventSequencer {
  private seq = 0;
  constructor(
    private readonly listener?: (event: StepEvent) => void,
    private readonly onListenerError?: (error: unknown) => void,
  ) {}

  emit(event: StepEventInput): void {
    const numbered = { ...event, seq: ++this.seq, time: new Date().toISOString() } as StepEvent;
    try {
      this.listener?.(numbered);
    } catch (error) {
      this.onListenerError?.(error);
    }
  }
}
