// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * DrainRequest asks to drain one node.
 */
export interface DrainRequest {
  /**
   * Cluster and SSH access (hosts may be empty: drain uses the API only).
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings (endpoint).
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
  /**
   * Where the admin identity comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * Node name.
   */
  'nodeName'?: (string);
  /**
   * Pod termination grace period in seconds; negative means each pod's own.
   */
  'gracePeriodSeconds'?: (number);
  /**
   * Give up after this many seconds; 0 means 600.
   */
  'timeoutSeconds'?: (number);
  /**
   * Delete pods using emptyDir volumes (their data is lost).
   */
  'deleteEmptydirData'?: (boolean);
  /**
   * Delete pods not managed by a controller.
   */
  'force'?: (boolean);
}

/**
 * DrainRequest asks to drain one node.
 */
export interface DrainRequest__Output {
  /**
   * Cluster and SSH access (hosts may be empty: drain uses the API only).
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings (endpoint).
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
  /**
   * Where the admin identity comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * Node name.
   */
  'nodeName': (string);
  /**
   * Pod termination grace period in seconds; negative means each pod's own.
   */
  'gracePeriodSeconds': (number);
  /**
   * Give up after this many seconds; 0 means 600.
   */
  'timeoutSeconds': (number);
  /**
   * Delete pods using emptyDir volumes (their data is lost).
   */
  'deleteEmptydirData': (boolean);
  /**
   * Delete pods not managed by a controller.
   */
  'force': (boolean);
}
