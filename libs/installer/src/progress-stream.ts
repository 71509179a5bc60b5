import { HostsFailedError } from '@kdeploy/errors';
import { commonV1, toTimestamp } from '@kdeploy/proto';
import { RunResult, StepEvent } from '@kdeploy/steps';
import { errorDetail, toProtoChange } from './contract';

/**
 * Turns runner events into numbered ProgressEvents for one call. Several runs (AddMember's
 * phases) share one stream: their own `done` events are dropped and the call ends with one result.
 */
export class ProgressStream {
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();
  private started = Date.now();
  changed = 0;

  constructor(private readonly send: (event: commonV1.ProgressEvent) => Promise<void>) {}

  private emit(event: Omit<commonV1.ProgressEvent, 'sequence' | 'time'>): void {
    const numbered = { ...event, sequence: ++this.seq, time: toTimestamp(new Date()) };
    // The runner's listener is synchronous; sends are chained so order and back-pressure hold.
    this.chain = this.chain.then(() => this.send(numbered)).catch(() => undefined);
  }

  /** The runner's onEvent. */
  readonly onStepEvent = (e: StepEvent): void => {
    const id = 'stepId' in e && e.stepId ? e.stepId : '';
    switch (e.type) {
      case 'step-started':
        return this.emit({ stepStarted: { stepId: id, title: e.step, host: e.host } });
      case 'step-finished':
        return this.emit({
          stepFinished: {
            stepId: id,
            title: e.step,
            host: e.host,
            outcome: e.changed ? 'STEP_OUTCOME_CHANGED' : 'STEP_OUTCOME_UNCHANGED',
            durationMs: e.durationMs,
          },
        });
      case 'step-skipped':
        return this.emit({ stepFinished: { stepId: id, title: e.step, host: e.host, outcome: 'STEP_OUTCOME_SKIPPED' } });
      case 'host-failed':
        return this.emit({
          stepFinished: {
            stepId: id,
            title: e.step,
            host: e.host,
            outcome: 'STEP_OUTCOME_FAILED',
            error: { code: 'ERROR_CODE_INTERNAL', message: e.error.message, host: e.host, stepId: id },
          },
        });
      case 'change':
        if (e.applied) this.changed++;
        return this.emit({ planChange: { host: e.host, change: toProtoChange(e.change), applied: e.applied } });
      case 'log':
        return this.log(e.message, e.level, e.host, id);
      case 'done':
        return;
    }
  };

  log(message: string, level: 'info' | 'warn' | 'error' = 'info', host = '', stepId = ''): void {
    const levels = { info: 'LOG_LEVEL_INFO', warn: 'LOG_LEVEL_WARN', error: 'LOG_LEVEL_ERROR' } as const;
    this.emit({ log: { level: levels[level], message, host: host ?? '', stepId } });
  }

  /** Sends the one final result and waits until every event has been written. */
  async finish(error?: unknown, stepId = ''): Promise<void> {
    const detail = error === undefined ? undefined : errorDetail(error, stepId);
    const failedHosts = error instanceof HostsFailedError ? error.failures.map((f) => f.host) : detail?.host ? [detail.host] : [];
    this.emit({
      result: {
        success: error === undefined,
        ...(detail ? { error: detail } : {}),
        durationMs: Date.now() - this.started,
        changed: this.changed,
        failedHosts,
      },
    });
    await this.chain;
  }

  /** finish() with a run's outcome: its error and the step that failed, if any. */
  finishRun(result: RunResult): Promise<void> {
    return this.finish(result.error, result.failedStepId ?? '');
  }
}
