// Original file: proto/kdeploy/network/v1/network.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NetworkSpec as _kdeploy_network_v1_NetworkSpec, NetworkSpec__Output as _kdeploy_network_v1_NetworkSpec__Output } from '../../../kdeploy/network/v1/NetworkSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';
import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpoint';

/**
 * ApplyRequest asks to install or converge the network.
 */
export interface ApplyRequest {
  /**
   * Cluster, hosts (those with ROLE_NODE get the network) and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Network settings.
   */
  'spec'?: (_kdeploy_network_v1_NetworkSpec | null);
  /**
   * Where flanneld comes from.
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * The cluster's pki-service.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * The apiserver endpoint (SUBNET_MANAGER_KUBE).
   */
  'endpoint'?: (_kdeploy_common_v1_ControlPlaneEndpoint | null);
}

/**
 * ApplyRequest asks to install or converge the network.
 */
export interface ApplyRequest__Output {
  /**
   * Cluster, hosts (those with ROLE_NODE get the network) and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Network settings.
   */
  'spec': (_kdeploy_network_v1_NetworkSpec__Output | null);
  /**
   * Where flanneld comes from.
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * The cluster's pki-service.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * The apiserver endpoint (SUBNET_MANAGER_KUBE).
   */
  'endpoint': (_kdeploy_common_v1_ControlPlaneEndpoint__Output | null);
}
