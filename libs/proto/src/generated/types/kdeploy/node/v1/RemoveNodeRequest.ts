// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * RemoveNodeRequest asks to remove one node from the cluster and its host.
 */
export interface RemoveNodeRequest {
  /**
   * Cluster, the node's host and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings.
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
  /**
   * Where the admin identity comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * Node name (a host in target.hosts).
   */
  'nodeName'?: (string);
  /**
   * Skip draining (for a node that is already gone).
   */
  'skipDrain'?: (boolean);
}

/**
 * RemoveNodeRequest asks to remove one node from the cluster and its host.
 */
export interface RemoveNodeRequest__Output {
  /**
   * Cluster, the node's host and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings.
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
  /**
   * Where the admin identity comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * Node name (a host in target.hosts).
   */
  'nodeName': (string);
  /**
   * Skip draining (for a node that is already gone).
   */
  'skipDrain': (boolean);
}
