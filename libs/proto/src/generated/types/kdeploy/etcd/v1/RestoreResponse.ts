// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * RestoreResponse is one progress event of Restore.
 */
export interface RestoreResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * RestoreResponse is one progress event of Restore.
 */
export interface RestoreResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
