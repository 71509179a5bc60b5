// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';

/**
 * RemoveMemberResponse is one progress event of RemoveMember.
 */
export interface RemoveMemberResponse {
  /**
   * The event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
}

/**
 * RemoveMemberResponse is one progress event of RemoveMember.
 */
export interface RemoveMemberResponse__Output {
  /**
   * The event.
   */
  'event': (_kdeploy_common_v1_ProgressEvent__Output | null);
}
