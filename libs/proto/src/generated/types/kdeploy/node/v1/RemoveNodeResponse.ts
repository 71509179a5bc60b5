// Original file: proto/kdeploy/node/v1/node.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * RemoveNodeResponse is one progress event of RemoveNode.
 */
export interface RemoveNodeResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * RemoveNodeResponse is one progress event of RemoveNode.
 */
export interface RemoveNodeResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
