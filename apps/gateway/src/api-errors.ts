import { ErrorCode, KdeployError } from '@kdeploy/errors';

/**
 * Refusals that only exist at the HTTP edge. Each is a KdeployError (so logs and the one
 * error middleware treat it like any other) that also fixes its HTTP status, because
 * 401/413/422/429 have no counterpart among the gRPC-shaped error codes.
 */
export abstract class ApiError extends KdeployError {
  abstract readonly status: number;
}

/** No bearer token, or one that matches no configured hash. */
export class UnauthorizedError extends ApiError {
  readonly code: ErrorCode = 'permission-denied';
  readonly status = 401;
}

/** The cluster already has a job in work. */
export class ConflictError extends ApiError {
  readonly code: ErrorCode = 'failed-precondition';
  readonly status = 409;
}

/** The gateway already runs as many jobs as it is allowed to. */
export class TooManyJobsError extends ApiError {
  readonly code: ErrorCode = 'unavailable';
  readonly status = 429;
}

/** The request body is larger than the configured limit. */
export class PayloadTooLargeError extends ApiError {
  readonly code: ErrorCode = 'invalid-argument';
  readonly status = 413;
}

/** An Idempotency-Key was used before with another body. */
export class IdempotencyMismatchError extends ApiError {
  readonly code: ErrorCode = 'invalid-argument';
  readonly status = 422;
}

/** The body is not JSON, or not the media type the route takes. */
export class BadRequestError extends ApiError {
  readonly code: ErrorCode = 'invalid-argument';
  readonly status = 400;
}
