// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';
import type { Member as _kdeploy_etcd_v1_Member, Member__Output as _kdeploy_etcd_v1_Member__Output } from '../../../kdeploy/etcd/v1/Member';

/**
 * AddMemberResponse is a progress event, or the new member once it is healthy.
 */
export interface AddMemberResponse {
  /**
   * A progress event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
  /**
   * The new member, sent once before the final result.
   */
  'member'?: (_kdeploy_etcd_v1_Member | null);
  /**
   * One of the two.
   */
  'payload'?: "event"|"member";
}

/**
 * AddMemberResponse is a progress event, or the new member once it is healthy.
 */
export interface AddMemberResponse__Output {
  /**
   * A progress event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent__Output | null);
  /**
   * The new member, sent once before the final result.
   */
  'member'?: (_kdeploy_etcd_v1_Member__Output | null);
  /**
   * One of the two.
   */
  'payload'?: "event"|"member";
}
