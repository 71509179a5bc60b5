// Original file: proto/kdeploy/common/v1/error.proto

import type { ErrorCode as _kdeploy_common_v1_ErrorCode, ErrorCode__Output as _kdeploy_common_v1_ErrorCode__Output } from '../../../kdeploy/common/v1/ErrorCode';

/**
 * HostError is the failure of one host in work fanned out over several.
 */
export interface HostError {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * What went wrong on that host.
   */
  'message'?: (string);
  /**
   * Classification of that host's failure.
   */
  'code'?: (_kdeploy_common_v1_ErrorCode);
}

/**
 * HostError is the failure of one host in work fanned out over several.
 */
export interface HostError__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * What went wrong on that host.
   */
  'message': (string);
  /**
   * Classification of that host's failure.
   */
  'code': (_kdeploy_common_v1_ErrorCode__Output);
}
