// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * CreateBootstrapTokenRequest asks for a bootstrap token.
 */
export interface CreateBootstrapTokenRequest {
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
  /**
   * Lifetime in seconds; 0 means 24 hours.
   */
  'ttlSeconds'?: (number);
  /**
   * Description stored with the token.
   */
  'description'?: (string);
  /**
   * Extra groups; system:bootstrappers:kdeploy is always included.
   */
  'groups'?: (string)[];
}

/**
 * CreateBootstrapTokenRequest asks for a bootstrap token.
 */
export interface CreateBootstrapTokenRequest__Output {
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
  /**
   * Lifetime in seconds; 0 means 24 hours.
   */
  'ttlSeconds': (number);
  /**
   * Description stored with the token.
   */
  'description': (string);
  /**
   * Extra groups; system:bootstrappers:kdeploy is always included.
   */
  'groups': (string)[];
}
