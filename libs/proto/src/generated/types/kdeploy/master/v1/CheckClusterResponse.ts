// Original file: proto/kdeploy/master/v1/master.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * CheckClusterResponse is one progress event of CheckCluster.
 */
export interface CheckClusterResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * CheckClusterResponse is one progress event of CheckCluster.
 */
export interface CheckClusterResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
