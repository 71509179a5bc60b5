// Original file: proto/kdeploy/network/v1/network.proto

import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from '../../../kdeploy/common/v1/HostStatus';
import type { SubnetLease as _kdeploy_network_v1_SubnetLease, SubnetLease__Output as _kdeploy_network_v1_SubnetLease__Output } from '../../../kdeploy/network/v1/SubnetLease';

/**
 * StatusResponse is the network's state.
 */
export interface StatusResponse {
  /**
   * True when every host has a subnet lease and flannel is running.
   */
  'healthy'?: (boolean);
  /**
   * flanneld units per host (etcd mode).
   */
  'hosts'?: (_kdeploy_common_v1_HostStatus)[];
  /**
   * Subnet lease per host.
   */
  'leases'?: (_kdeploy_network_v1_SubnetLease)[];
}

/**
 * StatusResponse is the network's state.
 */
export interface StatusResponse__Output {
  /**
   * True when every host has a subnet lease and flannel is running.
   */
  'healthy': (boolean);
  /**
   * flanneld units per host (etcd mode).
   */
  'hosts': (_kdeploy_common_v1_HostStatus__Output)[];
  /**
   * Subnet lease per host.
   */
  'leases': (_kdeploy_network_v1_SubnetLease__Output)[];
}
