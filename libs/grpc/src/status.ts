import { status as Status, type ServiceError, Metadata } from '@grpc/grpc-js';
import { type ErrorCode, KdeployError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';

const TO_STATUS: Record<ErrorCode, Status> = {
  'invalid-argument': Status.INVALID_ARGUMENT,
  'failed-precondition': Status.FAILED_PRECONDITION,
  'not-found': Status.NOT_FOUND,
  'already-exists': Status.ALREADY_EXISTS,
  unavailable: Status.UNAVAILABLE,
  'deadline-exceeded': Status.DEADLINE_EXCEEDED,
  cancelled: Status.CANCELLED,
  'permission-denied': Status.PERMISSION_DENIED,
  internal: Status.INTERNAL,
};

/** What the caller sees for an error kdeploy did not raise on purpose; its text may hold anything. */
export const INTERNAL_MESSAGE = 'internal error';

/**
 * The one mapping from a thrown error to the gRPC status a caller receives. A KdeployError
 * keeps its message (those are written to be shown and hold no secrets); anything else is
 * logged with its stack and becomes INTERNAL with a generic message, never its own text.
 */
export function toGrpcStatus(error: unknown, logger: Logger): { code: Status; details: string } {
  if (error instanceof KdeployError) return { code: TO_STATUS[error.code], details: error.message };
  logger.error({ err: error }, 'unhandled error in gRPC handler');
  return { code: Status.INTERNAL, details: INTERNAL_MESSAGE };
}

const FROM_STATUS: Partial<Record<Status, ErrorCode>> = Object.fromEntries(
  Object.entries(TO_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * A failed outgoing call, classified back into a KdeployError so the caller's own edge
 * (another gRPC handler, the gateway's problem mapping) treats it like any other error.
 */
export class RemoteCallError extends KdeployError {
  readonly code: ErrorCode;
  constructor(
    readonly method: string,
    readonly grpcCode: Status,
    details: string,
    options?: { cause?: unknown; metadata?: Metadata },
  ) {
    super(`${method}: ${Status[grpcCode] ?? grpcCode}: ${details}`, options);
    this.code = FROM_STATUS[grpcCode] ?? (grpcCode === Status.UNAUTHENTICATED ? 'permission-denied' : 'internal');
  }
}

/** Wraps a grpc-js ServiceError of an outgoing call. */
export function fromServiceError(method: string, error: ServiceError): RemoteCallError {
  return new RemoteCallError(method, error.code, error.details, { cause: error, metadata: error.metadata });
}
