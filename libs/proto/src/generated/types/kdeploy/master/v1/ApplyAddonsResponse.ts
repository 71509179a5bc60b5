// Original file: proto/kdeploy/master/v1/master.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * ApplyAddonsResponse is one progress event of ApplyAddons.
 */
export interface ApplyAddonsResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * ApplyAddonsResponse is one progress event of ApplyAddons.
 */
export interface ApplyAddonsResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
