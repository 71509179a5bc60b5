// Original file: proto/kdeploy/node/v1/node.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * ApplyResponse is one progress event of Apply.
 */
export interface ApplyResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * ApplyResponse is one progress event of Apply.
 */
export interface ApplyResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
