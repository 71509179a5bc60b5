// Original file: proto/kdeploy/common/v1/progress.proto

/**
 * LogLevel is the severity of a LogLine.
 */
export const LogLevel = {
  /**
   * Never sent.
   */
  LOG_LEVEL_UNSPECIFIED: 'LOG_LEVEL_UNSPECIFIED',
  /**
   * Detail for troubleshooting.
   */
  LOG_LEVEL_DEBUG: 'LOG_LEVEL_DEBUG',
  /**
   * Normal progress.
   */
  LOG_LEVEL_INFO: 'LOG_LEVEL_INFO',
  /**
   * Something unexpected that did not stop the call.
   */
  LOG_LEVEL_WARN: 'LOG_LEVEL_WARN',
  /**
   * A failure.
   */
  LOG_LEVEL_ERROR: 'LOG_LEVEL_ERROR',
} as const;

/**
 * LogLevel is the severity of a LogLine.
 */
export type LogLevel =
  /**
   * Never sent.
   */
  | 'LOG_LEVEL_UNSPECIFIED'
  | 0
  /**
   * Detail for troubleshooting.
   */
  | 'LOG_LEVEL_DEBUG'
  | 1
  /**
   * Normal progress.
   */
  | 'LOG_LEVEL_INFO'
  | 2
  /**
   * Something unexpected that did not stop the call.
   */
  | 'LOG_LEVEL_WARN'
  | 3
  /**
   * A failure.
   */
  | 'LOG_LEVEL_ERROR'
  | 4

/**
 * LogLevel is the severity of a LogLine.
 */
export type LogLevel__Output = typeof LogLevel[keyof typeof LogLevel]
