// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Member as _kdeploy_etcd_v1_Member, Member__Output as _kdeploy_etcd_v1_Member__Output } from '../../../kdeploy/etcd/v1/Member';
import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from '../../../kdeploy/common/v1/HostStatus';

/**
 * StatusResponse is the cluster's state.
 */
export interface StatusResponse {
  /**
   * True when every member is healthy and there is a leader.
   */
  'healthy'?: (boolean);
  /**
   * One entry per member found (including members not in the request's hosts).
   */
  'members'?: (_kdeploy_etcd_v1_Member)[];
  /**
   * Units per host.
   */
  'hosts'?: (_kdeploy_common_v1_HostStatus)[];
  /**
   * Name of the leader; empty when there is none.
   */
  'leaderName'?: (string);
}

/**
 * StatusResponse is the cluster's state.
 */
export interface StatusResponse__Output {
  /**
   * True when every member is healthy and there is a leader.
   */
  'healthy': (boolean);
  /**
   * One entry per member found (including members not in the request's hosts).
   */
  'members': (_kdeploy_etcd_v1_Member__Output)[];
  /**
   * Units per host.
   */
  'hosts': (_kdeploy_common_v1_HostStatus__Output)[];
  /**
   * Name of the leader; empty when there is none.
   */
  'leaderName': (string);
}
