/** Base of every error kdeploy raises on purpose; `code` is what the edges map to gRPC/HTTP status. */
export abstract class KdeployError extends Error {
  abstract readonly code: ErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Classification used by the one gRPC status mapping and the one HTTP problem mapping. */
export type ErrorCode =
  | 'invalid-argument'
  | 'failed-precondition'
  | 'not-found'
  | 'already-exists'
  | 'unavailable'
  | 'deadline-exceeded'
  | 'cancelled'
  | 'permission-denied'
  | 'internal';
