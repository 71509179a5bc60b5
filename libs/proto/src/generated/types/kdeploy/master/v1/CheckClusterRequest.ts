// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * CheckClusterRequest asks for the smoke check of a deployed cluster.
 */
export interface CheckClusterRequest {
  /**
   * Cluster, hosts and SSH access: the masters reach the API, the hosts with ROLE_NODE are
   * the Nodes expected Ready.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings (endpoint, cluster domain).
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
  /**
   * Where the test image's reference comes from (the manifest's image-busybox).
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where the admin identity comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * How long the whole check may take; 0 means 180 s.
   */
  'timeoutSeconds'?: (number);
  /**
   * Whether metrics.k8s.io must answer with figures (metrics-server deployed); a node joined seconds
   * ago may have none yet, which is reported, not awaited.
   */
  'expectMetrics'?: (boolean);
  /**
   * Whether names must resolve in the cluster (CoreDNS deployed).
   */
  'expectDns'?: (boolean);
  /**
   * Only every node Ready and the add-ons serving, nothing run inside the cluster: for a
   * re-apply that changed nothing, whose cluster passed the whole check when it last changed.
   */
  'quick'?: (boolean);
}

/**
 * CheckClusterRequest asks for the smoke check of a deployed cluster.
 */
export interface CheckClusterRequest__Output {
  /**
   * Cluster, hosts and SSH access: the masters reach the API, the hosts with ROLE_NODE are
   * the Nodes expected Ready.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings (endpoint, cluster domain).
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
  /**
   * Where the test image's reference comes from (the manifest's image-busybox).
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where the admin identity comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * How long the whole check may take; 0 means 180 s.
   */
  'timeoutSeconds': (number);
  /**
   * Whether metrics.k8s.io must answer with figures (metrics-server deployed); a node joined seconds
   * ago may have none yet, which is reported, not awaited.
   */
  'expectMetrics': (boolean);
  /**
   * Whether names must resolve in the cluster (CoreDNS deployed).
   */
  'expectDns': (boolean);
  /**
   * Only every node Ready and the add-ons serving, nothing run inside the cluster: for a
   * re-apply that changed nothing, whose cluster passed the whole check when it last changed.
   */
  'quick': (boolean);
}
