import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode, KdeployError, NotFoundError, SpecError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { INTERNAL_MESSAGE } from '../errors';
import type { Metrics } from '../metrics';
import { ApiError, BadRequestError, PayloadTooLargeError } from '../api-errors';

const STATUS: Record<ErrorCode, number> = {
  'invalid-argument': 400,
  'failed-precondition': 409,
  'not-found': 404,
  'already-exists': 409,
  unavailable: 503,
  'deadline-exceeded': 504,
  cancelled: 409,
  'permission-denied': 403,
  internal: 500,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** body-parser's own errors, classified before the mapping (their messages are not ours to show). */
function fromBodyParser(error: unknown): unknown {
  const type = (error as { type?: unknown })?.type;
  if (type === 'entity.too.large')
    return new PayloadTooLargeError(`request body is larger than the limit of ${(error as { limit: number }).limit} bytes`);
  if (type === 'entity.parse.failed') return new BadRequestError('request body is not valid JSON');
  if ((typeof type === 'string' && type.startsWith('encoding.')) || type === 'charset.unsupported')
    return new BadRequestError('request body has an unsupported encoding');
  return error;
}

/**
 * The one error middleware: every error becomes an RFC 9457 problem response. A
 * KdeployError shows its message (written to be shown, free of secrets); anything else is
 * logged with its stack and answered with a generic 500.
 */
export function problemHandler(logger: Logger, metrics: Metrics): ErrorRequestHandler {
  return (raw, req, res, _next) => {
    const error = fromBodyParser(raw);
    let status = 500;
    let detail = INTERNAL_MESSAGE;
    let code = 'internal';
    if (error instanceof KdeployError) {
      status = error instanceof ApiError ? error.status : STATUS[error.code];
      detail = error.message;
      code = error.code;
    } else {
      logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error in HTTP handler');
    }
    metrics.errors.inc({ where: 'http', code });
    if (res.headersSent) return void res.end();
    res
      .status(status)
      .type('application/problem+json')
      .json({
        type: `https://kdeploy.io/problems/${code}`,
        title: TITLES[status] ?? 'Error',
        status,
        detail,
        instance: req.originalUrl,
        ...(error instanceof SpecError ? { errors: error.issues } : {}),
      });
  };
}

/** Unknown routes answer in the same format. */
export const notFound: RequestHandler = (req, _res, next) => next(new NotFoundError(`no route ${req.method} ${req.path}`));
