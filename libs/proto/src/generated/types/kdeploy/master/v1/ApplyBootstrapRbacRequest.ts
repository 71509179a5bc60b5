// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * ApplyBootstrapRbacRequest asks to apply the bootstrap RBAC objects.
 */
export interface ApplyBootstrapRbacRequest {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings (endpoint).
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
  /**
   * Where the admin identity comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * ApplyBootstrapRbacRequest asks to apply the bootstrap RBAC objects.
 */
export interface ApplyBootstrapRbacRequest__Output {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings (endpoint).
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
  /**
   * Where the admin identity comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
