import { ErrorCode, KdeployError } from '@kdeploy/errors';
import type { commonV1 } from '@kdeploy/proto';
import type { StageProgress } from './stage';

const CODES: Record<string, ErrorCode> = {
  ERROR_CODE_INVALID_ARGUMENT: 'invalid-argument',
  ERROR_CODE_FAILED_PRECONDITION: 'failed-precondition',
  ERROR_CODE_NOT_FOUND: 'not-found',
  ERROR_CODE_ALREADY_EXISTS: 'already-exists',
  ERROR_CODE_UNAVAILABLE: 'unavailable',
  ERROR_CODE_DEADLINE_EXCEEDED: 'deadline-exceeded',
  ERROR_CODE_CANCELLED: 'cancelled',
  ERROR_CODE_PERMISSION_DENIED: 'permission-denied',
};

/** An installer's call ended with `result.success = false`; its message names the hosts. */
export class InstallerFailedError extends KdeployError {
  readonly code: ErrorCode;
  constructor(what: string, detail: commonV1.ErrorDetail__Output | null, failedHosts: string[]) {
    super(`${what}: ${detail?.message || `failed on ${failedHosts.join(', ') || 'unknown hosts'}`}`);
    this.code = CODES[String(detail?.code)] ?? 'internal';
  }
}

/** A stream ended without its final result: the installer died or the call was cut. */
export class StreamEndedError extends KdeployError {
  readonly code = 'unavailable' as const;
}

/**
 * Reads an installer's progress stream to its end, handing each event to the stage's
 * progress (which becomes the job's SSE stream), and throws when the result says failure.
 */
export async function forwardProgress(
  what: string,
  stream: AsyncIterable<{ event?: commonV1.ProgressEvent__Output | null }>,
  progress: StageProgress,
): Promise<commonV1.Result__Output> {
  for await (const message of stream) {
    const e = message.event;
    if (!e) continue;
    if (e.stepStarted) progress.hostStepStarted(e.stepStarted.host, e.stepStarted.stepId, e.stepStarted.title);
    else if (e.stepFinished) {
      const f = e.stepFinished;
      const error = f.error ? { code: CODES[String(f.error.code)] ?? 'internal', message: f.error.message } : undefined;
      progress.hostStepFinished(
        f.host,
        f.stepId,
        f.title,
        String(f.outcome).replace('STEP_OUTCOME_', '').toLowerCase(),
        f.durationMs,
        error,
      );
    } else if (e.log) progress.log(String(e.log.level).replace('LOG_LEVEL_', '').toLowerCase(), e.log.message, e.log.host || undefined);
    else if (e.result) {
      if (!e.result.success) throw new InstallerFailedError(what, e.result.error, e.result.failedHosts);
      return e.result;
    }
  }
  throw new StreamEndedError(`${what}: the installer's stream ended without a result`);
}
