// Original file: proto/kdeploy/node/v1/node.proto

import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from '../../../kdeploy/common/v1/HostStatus';
import type { NodeInfo as _kdeploy_node_v1_NodeInfo, NodeInfo__Output as _kdeploy_node_v1_NodeInfo__Output } from '../../../kdeploy/node/v1/NodeInfo';

/**
 * StatusResponse is the nodes' state.
 */
export interface StatusResponse {
  /**
   * True when every host's units are healthy and every Node is Ready.
   */
  'healthy'?: (boolean);
  /**
   * Units per host.
   */
  'hosts'?: (_kdeploy_common_v1_HostStatus)[];
  /**
   * Node objects as the apiserver reports them.
   */
  'nodes'?: (_kdeploy_node_v1_NodeInfo)[];
}

/**
 * StatusResponse is the nodes' state.
 */
export interface StatusResponse__Output {
  /**
   * True when every host's units are healthy and every Node is Ready.
   */
  'healthy': (boolean);
  /**
   * Units per host.
   */
  'hosts': (_kdeploy_common_v1_HostStatus__Output)[];
  /**
   * Node objects as the apiserver reports them.
   */
  'nodes': (_kdeploy_node_v1_NodeInfo__Output)[];
}
