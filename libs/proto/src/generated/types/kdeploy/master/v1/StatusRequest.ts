// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * StatusRequest asks for the control plane's state.
 */
export interface StatusRequest {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings.
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
  /**
   * Where the client certificate for health checks comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * StatusRequest asks for the control plane's state.
 */
export interface StatusRequest__Output {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings.
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
  /**
   * Where the client certificate for health checks comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
