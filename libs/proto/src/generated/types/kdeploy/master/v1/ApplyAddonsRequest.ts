// Original file: proto/kdeploy/master/v1/master.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from '../../../kdeploy/master/v1/MasterSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';
import type { AddonsSpec as _kdeploy_master_v1_AddonsSpec, AddonsSpec__Output as _kdeploy_master_v1_AddonsSpec__Output } from '../../../kdeploy/master/v1/AddonsSpec';

/**
 * ApplyAddonsRequest asks to make the cluster's add-ons match the request.
 */
export interface ApplyAddonsRequest {
  /**
   * Cluster, master hosts and SSH access (the masters' addresses reach the API).
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Control-plane settings (endpoint, cluster domain).
   */
  'spec'?: (_kdeploy_master_v1_MasterSpec | null);
  /**
   * Where the add-ons' image references come from (the manifest's image entries).
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where the admin identity and metrics-server's serving certificate come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * The add-ons.
   */
  'addons'?: (_kdeploy_master_v1_AddonsSpec | null);
  /**
   * How long to wait for them to serve; 0 means 180 s.
   */
  'readyTimeoutSeconds'?: (number);
}

/**
 * ApplyAddonsRequest asks to make the cluster's add-ons match the request.
 */
export interface ApplyAddonsRequest__Output {
  /**
   * Cluster, master hosts and SSH access (the masters' addresses reach the API).
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Control-plane settings (endpoint, cluster domain).
   */
  'spec': (_kdeploy_master_v1_MasterSpec__Output | null);
  /**
   * Where the add-ons' image references come from (the manifest's image entries).
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where the admin identity and metrics-server's serving certificate come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * The add-ons.
   */
  'addons': (_kdeploy_master_v1_AddonsSpec__Output | null);
  /**
   * How long to wait for them to serve; 0 means 180 s.
   */
  'readyTimeoutSeconds': (number);
}
