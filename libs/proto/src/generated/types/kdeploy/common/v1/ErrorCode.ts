// Original file: proto/kdeploy/common/v1/error.proto

/**
 * ErrorCode mirrors the classification of KdeployError (libs/errors).
 */
export const ErrorCode = {
  /**
   * Not classified; treat as internal.
   */
  ERROR_CODE_UNSPECIFIED: 'ERROR_CODE_UNSPECIFIED',
  /**
   * The request or spec is invalid.
   */
  ERROR_CODE_INVALID_ARGUMENT: 'ERROR_CODE_INVALID_ARGUMENT',
  /**
   * A host or the cluster is not in a state where the operation may go on.
   */
  ERROR_CODE_FAILED_PRECONDITION: 'ERROR_CODE_FAILED_PRECONDITION',
  /**
   * A thing asked for does not exist.
   */
  ERROR_CODE_NOT_FOUND: 'ERROR_CODE_NOT_FOUND',
  /**
   * A thing to create exists already.
   */
  ERROR_CODE_ALREADY_EXISTS: 'ERROR_CODE_ALREADY_EXISTS',
  /**
   * A host or service could not be reached.
   */
  ERROR_CODE_UNAVAILABLE: 'ERROR_CODE_UNAVAILABLE',
  /**
   * The operation ran past its time limit.
   */
  ERROR_CODE_DEADLINE_EXCEEDED: 'ERROR_CODE_DEADLINE_EXCEEDED',
  /**
   * The operation was cancelled.
   */
  ERROR_CODE_CANCELLED: 'ERROR_CODE_CANCELLED',
  /**
   * Credentials or a host key were refused.
   */
  ERROR_CODE_PERMISSION_DENIED: 'ERROR_CODE_PERMISSION_DENIED',
  /**
   * A failure inside kdeploy or on a host (e.g. a remote command failed).
   */
  ERROR_CODE_INTERNAL: 'ERROR_CODE_INTERNAL',
} as const;

/**
 * ErrorCode mirrors the classification of KdeployError (libs/errors).
 */
export type ErrorCode =
  /**
   * Not classified; treat as internal.
   */
  | 'ERROR_CODE_UNSPECIFIED'
  | 0
  /**
   * The request or spec is invalid.
   */
  | 'ERROR_CODE_INVALID_ARGUMENT'
  | 1
  /**
   * A host or the cluster is not in a state where the operation may go on.
   */
  | 'ERROR_CODE_FAILED_PRECONDITION'
  | 2
  /**
   * A thing asked for does not exist.
   */
  | 'ERROR_CODE_NOT_FOUND'
  | 3
  /**
   * A thing to create exists already.
   */
  | 'ERROR_CODE_ALREADY_EXISTS'
  | 4
  /**
   * A host or service could not be reached.
   */
  | 'ERROR_CODE_UNAVAILABLE'
  | 5
  /**
   * The operation ran past its time limit.
   */
  | 'ERROR_CODE_DEADLINE_EXCEEDED'
  | 6
  /**
   * The operation was cancelled.
   */
  | 'ERROR_CODE_CANCELLED'
  | 7
  /**
   * Credentials or a host key were refused.
   */
  | 'ERROR_CODE_PERMISSION_DENIED'
  | 8
  /**
   * A failure inside kdeploy or on a host (e.g. a remote command failed).
   */
  | 'ERROR_CODE_INTERNAL'
  | 9

/**
 * ErrorCode mirrors the classification of KdeployError (libs/errors).
 */
export type ErrorCode__Output = typeof ErrorCode[keyof typeof ErrorCode]
