// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * PlanRequest asks for the plan of an Apply.
 */
export interface PlanRequest {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings.
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
  /**
   * Where binaries come from.
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where certificates and service-account keys come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * PlanRequest asks for the plan of an Apply.
 */
export interface PlanRequest__Output {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings.
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
  /**
   * Where binaries come from.
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where certificates and service-account keys come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
