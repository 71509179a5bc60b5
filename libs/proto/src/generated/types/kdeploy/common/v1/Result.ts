// Original file: proto/kdeploy/common/v1/progress.proto

import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from '../../../kdeploy/common/v1/ErrorDetail';

/**
 * Result is the outcome of the whole call; the last event of every stream.
 */
export interface Result {
  /**
   * True when every host reached the desired state.
   */
  'success'?: (boolean);
  /**
   * Why the call failed; unset on success.
   */
  'error'?: (_kdeploy_common_v1_ErrorDetail | null);
  /**
   * Wall time of the call in milliseconds.
   */
  'durationMs'?: (number);
  /**
   * Number of changes made; 0 when re-applying an applied request.
   */
  'changed'?: (number);
  /**
   * Hosts on which the call failed; empty on success.
   */
  'failedHosts'?: (string)[];
}

/**
 * Result is the outcome of the whole call; the last event of every stream.
 */
export interface Result__Output {
  /**
   * True when every host reached the desired state.
   */
  'success': (boolean);
  /**
   * Why the call failed; unset on success.
   */
  'error': (_kdeploy_common_v1_ErrorDetail__Output | null);
  /**
   * Wall time of the call in milliseconds.
   */
  'durationMs': (number);
  /**
   * Number of changes made; 0 when re-applying an applied request.
   */
  'changed': (number);
  /**
   * Hosts on which the call failed; empty on success.
   */
  'failedHosts': (string)[];
}
