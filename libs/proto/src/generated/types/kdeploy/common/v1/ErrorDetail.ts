// Original file: proto/kdeploy/common/v1/error.proto

import type { ErrorCode as _kdeploy_common_v1_ErrorCode, ErrorCode__Output as _kdeploy_common_v1_ErrorCode__Output } from '../../../kdeploy/common/v1/ErrorCode';
import type { HostError as _kdeploy_common_v1_HostError, HostError__Output as _kdeploy_common_v1_HostError__Output } from '../../../kdeploy/common/v1/HostError';

/**
 * ErrorDetail describes why an operation (or one host's part in it) failed. It never holds
 * secrets: messages are built by kdeploy, not copied from request bodies.
 */
export interface ErrorDetail {
  /**
   * Classification; the same classes map to gRPC status codes and HTTP problem types.
   */
  'code'?: (_kdeploy_common_v1_ErrorCode);
  /**
   * Human-readable message naming what failed and where.
   */
  'message'?: (string);
  /**
   * Host the error happened on; empty when it is not tied to one host.
   */
  'host'?: (string);
  /**
   * Id of the step that failed; empty when it is not tied to a step.
   */
  'stepId'?: (string);
  /**
   * For a failure fanned out over hosts: one entry per failed host.
   */
  'hostErrors'?: (_kdeploy_common_v1_HostError)[];
}

/**
 * ErrorDetail describes why an operation (or one host's part in it) failed. It never holds
 * secrets: messages are built by kdeploy, not copied from request bodies.
 */
export interface ErrorDetail__Output {
  /**
   * Classification; the same classes map to gRPC status codes and HTTP problem types.
   */
  'code': (_kdeploy_common_v1_ErrorCode__Output);
  /**
   * Human-readable message naming what failed and where.
   */
  'message': (string);
  /**
   * Host the error happened on; empty when it is not tied to one host.
   */
  'host': (string);
  /**
   * Id of the step that failed; empty when it is not tied to a step.
   */
  'stepId': (string);
  /**
   * For a failure fanned out over hosts: one entry per failed host.
   */
  'hostErrors': (_kdeploy_common_v1_HostError__Output)[];
}
