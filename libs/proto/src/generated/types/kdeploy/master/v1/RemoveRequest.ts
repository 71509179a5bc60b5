// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';

/**
 * RemoveRequest asks to take the control plane off the masters.
 */
export interface RemoveRequest {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings.
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
}

/**
 * RemoveRequest asks to take the control plane off the masters.
 */
export interface RemoveRequest__Output {
  /**
   * Cluster, master hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings.
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
}
