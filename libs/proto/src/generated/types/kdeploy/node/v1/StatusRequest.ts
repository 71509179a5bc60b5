// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * StatusRequest asks for the nodes' state.
 */
export interface StatusRequest {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings.
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
  /**
   * Where a client identity to read Nodes comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * StatusRequest asks for the nodes' state.
 */
export interface StatusRequest__Output {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings.
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
  /**
   * Where a client identity to read Nodes comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
