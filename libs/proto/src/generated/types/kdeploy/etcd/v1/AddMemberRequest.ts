// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { EtcdSpec as _kdeploy_etcd_v1_EtcdSpec, EtcdSpec__Output as _kdeploy_etcd_v1_EtcdSpec__Output } from '../../../kdeploy/etcd/v1/EtcdSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';
import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from '../../../kdeploy/common/v1/Host';

/**
 * AddMemberRequest asks to add one member.
 */
export interface AddMemberRequest {
  /**
   * Cluster, current members and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * etcd settings.
   */
  'spec'?: (_kdeploy_etcd_v1_EtcdSpec | null);
  /**
   * Where binaries come from.
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where certificates come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * The host to add; not in target.hosts.
   */
  'member'?: (_kdeploy_common_v1_Host | null);
}

/**
 * AddMemberRequest asks to add one member.
 */
export interface AddMemberRequest__Output {
  /**
   * Cluster, current members and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * etcd settings.
   */
  'spec': (_kdeploy_etcd_v1_EtcdSpec__Output | null);
  /**
   * Where binaries come from.
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where certificates come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * The host to add; not in target.hosts.
   */
  'member': (_kdeploy_common_v1_Host__Output | null);
}
