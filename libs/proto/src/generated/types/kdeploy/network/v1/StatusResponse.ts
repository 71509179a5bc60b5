// Original file: proto/kdeploy/network/v1/network.proto

import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from '../../../kdeploy/common/v1/HostStatus';
import type { NodeNetwork as _kdeploy_network_v1_NodeNetwork, NodeNetwork__Output as _kdeploy_network_v1_NodeNetwork__Output } from '../../../kdeploy/network/v1/NodeNetwork';

/**
 * StatusResponse is the network's state.
 */
export interface StatusResponse {
  /**
   * True when every node runs flanneld with a lease and its interface up.
   */
  'healthy'?: (boolean);
  /**
   * flanneld's unit per host.
   */
  'hosts'?: (_kdeploy_common_v1_HostStatus)[];
  /**
   * The lease and interface per host.
   */
  'nodes'?: (_kdeploy_network_v1_NodeNetwork)[];
}

/**
 * StatusResponse is the network's state.
 */
export interface StatusResponse__Output {
  /**
   * True when every node runs flanneld with a lease and its interface up.
   */
  'healthy': (boolean);
  /**
   * flanneld's unit per host.
   */
  'hosts': (_kdeploy_common_v1_HostStatus__Output)[];
  /**
   * The lease and interface per host.
   */
  'nodes': (_kdeploy_network_v1_NodeNetwork__Output)[];
}
