import { KdeployError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import type { ErrorView } from './store/job-store';

/** What callers see of an error kdeploy did not raise on purpose. */
export const INTERNAL_MESSAGE = 'internal error; the gateway log has the details';

/**
 * The one reduction of a thrown value to what may leave the process (an event, a stage
 * record, a problem response). KdeployError messages are written to be shown and hold no
 * secrets; anything else is logged with its stack and shown as a generic message.
 */
export function toErrorView(error: unknown, logger: Logger, context: Record<string, unknown> = {}): ErrorView {
  if (error instanceof KdeployError) return { code: error.code, message: error.message };
  logger.error({ err: error, ...context }, 'unexpected error');
  return { code: 'internal', message: INTERNAL_MESSAGE };
}
