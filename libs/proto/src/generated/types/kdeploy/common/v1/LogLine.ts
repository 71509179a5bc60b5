// Original file: proto/kdeploy/common/v1/progress.proto

import type { LogLevel as _kdeploy_common_v1_LogLevel, LogLevel__Output as _kdeploy_common_v1_LogLevel__Output } from '../../../kdeploy/common/v1/LogLevel';

/**
 * LogLine is one line of human-readable output.
 */
export interface LogLine {
  /**
   * Severity of the line.
   */
  'level'?: (_kdeploy_common_v1_LogLevel);
  /**
   * The text; built by kdeploy and free of secrets.
   */
  'message'?: (string);
  /**
   * Host it concerns; empty when none.
   */
  'host'?: (string);
  /**
   * Step it belongs to; empty when none.
   */
  'stepId'?: (string);
}

/**
 * LogLine is one line of human-readable output.
 */
export interface LogLine__Output {
  /**
   * Severity of the line.
   */
  'level': (_kdeploy_common_v1_LogLevel__Output);
  /**
   * The text; built by kdeploy and free of secrets.
   */
  'message': (string);
  /**
   * Host it concerns; empty when none.
   */
  'host': (string);
  /**
   * Step it belongs to; empty when none.
   */
  'stepId': (string);
}
