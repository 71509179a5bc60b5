// Original file: proto/kdeploy/node/v1/node.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * DrainResponse is one progress event of Drain.
 */
export interface DrainResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * DrainResponse is one progress event of Drain.
 */
export interface DrainResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
