// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';

/**
 * RemoveRequest asks to take the node components off the hosts.
 */
export interface RemoveRequest {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings.
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
}

/**
 * RemoveRequest asks to take the node components off the hosts.
 */
export interface RemoveRequest__Output {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings.
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
}
