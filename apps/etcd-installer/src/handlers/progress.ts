import { ErrorCode, HostsFailedError, KdeployError } from '@kdeploy/errors';
import { commonV1, toTimestamp } from '@kdeploy/proto';
import { Change, StepEvent } from '@kdeploy/steps';

const CODES: Record<ErrorCode, commonV1.ErrorCode> = {
  'invalid-argument': 'ERROR_CODE_INVALID_ARGUMENT',
  'failed-precondition': 'ERROR_CODE_FAILED_PRECONDITION',
  'not-found': 'ERROR_CODE_NOT_FOUND',
  'already-exists': 'ERROR_CODE_ALREADY_EXISTS',
  unavailable: 'ERROR_CODE_UNAVAILABLE',
  'deadline-exceeded': 'ERROR_CODE_DEADLINE_EXCEEDED',
  cancelled: 'ERROR_CODE_CANCELLED',
  'permission-denied': 'ERROR_CODE_PERMISSION_DENIED',
  internal: 'ERROR_CODE_INTERNAL',
};

const codeOf = (e: unknown): commonV1.ErrorCode => (e instanceof KdeployError ? CODES[e.code] : 'ERROR_CODE_INTERNAL');

/** ErrorDetail of an error: our own messages only (they name host and step and hold no secrets). */
export function errorDetail(error: unknown, stepId = ''): commonV1.ErrorDetail {
  const message = error instanceof KdeployError ? error.message : 'internal error';
  if (error instanceof HostsFailedError) {
    const hostErrors = error.failures.map((f) => ({ host: f.host, message: f.error instanceof KdeployError ? f.error.message : 'internal error', code: codeOf(f.error) }));
    const code = hostErrors.every((h) => h.code === hostErrors[0]?.code) ? hostErrors[0]?.code : 'ERROR_CODE_INTERNAL';
    return { code, message, stepId, hostErrors, host: hostErrors.length === 1 ? hostErrors[0].host : '' };
  }
  return { code: codeOf(error), message, stepId, host: (error as { host?: string })?.host ?? '' };
}

/** A plan change of libs/steps as the common.v1 contract carries it (never file content). */
export function toProtoChange(change: Change, stepId: (title: string) => string): commonV1.Change {
  const base = { stepId: stepId(change.step), reason: change.reason };
  const created = change.reason === 'missing' ? 'CHANGE_ACTION_CREATE' : 'CHANGE_ACTION_UPDATE';
  switch (change.kind) {
    case 'file': {
      const [owner, group = owner] = change.owner.split(':');
      return { ...base, action: created, file: { path: change.path, mode: parseInt(change.mode, 8), owner, group, sha256: change.sha256, sizeBytes: change.size, secret: change.secret } };
    }
    case 'directory': {
      const [owner, group = owner] = change.owner.split(':');
      return { ...base, action: created, file: { path: change.path, mode: parseInt(change.mode, 8), owner, group } };
    }
    case 'unit':
      return { ...base, action: created, file: { path: change.path, mode: parseInt(change.mode, 8), owner: 'root', group: 'root', sha256: change.sha256, sizeBytes: change.size } };
    case 'service':
      return { ...base, action: 'CHANGE_ACTION_RUN', unit: { unit: change.name, state: 'UNIT_STATE_ENABLED_RUNNING' } };
    case 'restart':
      return { ...base, action: 'CHANGE_ACTION_RUN', restart: { unit: change.name, cause: change.reason } };
    case 'command':
      return { ...base, action: 'CHANGE_ACTION_RUN', command: { description: change.description, command: change.command } };
  }
}

/**
 * Turns runner events into numbered ProgressEvents for one call. Several runs (AddMember's
 * phases) share one stream: their own `done` events are dropped and the call ends with one result.
 */
export class ProgressStream {
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();
  private started = Date.now();
  changed = 0;

  constructor(
    private readonly send: (event: commonV1.ProgressEvent) => Promise<void>,
    readonly stepId: (title: string) => string,
  ) {}

  private emit(event: Omit<commonV1.ProgressEvent, 'sequence' | 'time'>): void {
    const numbered = { ...event, sequence: ++this.seq, time: toTimestamp(new Date()) };
    // The runner's listener is synchronous; sends are chained so order and back-pressure hold.
    this.chain = this.chain.then(() => this.send(numbered)).catch(() => undefined);
  }

  /** The runner's onEvent. */
  readonly onStepEvent = (e: StepEvent): void => {
    const id = 'step' in e && e.step ? this.stepId(e.step) : '';
    switch (e.type) {
      case 'step-started':
        return this.emit({ stepStarted: { stepId: id, title: e.step, host: e.host } });
      case 'step-finished':
        return this.emit({ stepFinished: { stepId: id, title: e.step, host: e.host, outcome: e.changed ? 'STEP_OUTCOME_CHANGED' : 'STEP_OUTCOME_UNCHANGED', durationMs: e.durationMs } });
      case 'step-skipped':
        return this.emit({ stepFinished: { stepId: id, title: e.step, host: e.host, outcome: 'STEP_OUTCOME_SKIPPED' } });
      case 'host-failed':
        return this.emit({ stepFinished: { stepId: id, title: e.step, host: e.host, outcome: 'STEP_OUTCOME_FAILED', error: { code: 'ERROR_CODE_INTERNAL', message: e.error.message, host: e.host, stepId: id } } });
      case 'change':
        if (e.applied) this.changed++;
        return this.emit({ planChange: { host: e.host, change: toProtoChange(e.change, this.stepId), applied: e.applied } });
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
    this.emit({ result: { success: error === undefined, ...(detail ? { error: detail } : {}), durationMs: Date.now() - this.started, changed: this.changed, failedHosts } });
    await this.chain;
  }
}
