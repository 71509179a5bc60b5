// Original file: proto/kdeploy/node/v1/node.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from '../../../kdeploy/node/v1/NodeSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * ApplyRequest asks to install or converge the node components.
 */
export interface ApplyRequest {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Node settings.
   */
  'spec'?: (_kdeploy_node_v1_NodeSpec | null);
  /**
   * Where binaries come from.
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where CA, kube-proxy and kubelet serving certificates come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * The caller joins these hosts next with JoinRequest.prepared, whose last step waits for the
   * images: Apply then returns once the kubelet could start, while the images still import.
   */
  'joinWaitsForImages'?: (boolean);
}

/**
 * ApplyRequest asks to install or converge the node components.
 */
export interface ApplyRequest__Output {
  /**
   * Cluster, node hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Node settings.
   */
  'spec': (_kdeploy_node_v1_NodeSpec__Output | null);
  /**
   * Where binaries come from.
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where CA, kube-proxy and kubelet serving certificates come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * The caller joins these hosts next with JoinRequest.prepared, whose last step waits for the
   * images: Apply then returns once the kubelet could start, while the images still import.
   */
  'joinWaitsForImages': (boolean);
}
