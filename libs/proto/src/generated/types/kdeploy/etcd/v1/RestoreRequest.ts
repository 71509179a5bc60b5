// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { EtcdSpec as _kdeploy_etcd_v1_EtcdSpec, EtcdSpec__Output as _kdeploy_etcd_v1_EtcdSpec__Output } from '../../../kdeploy/etcd/v1/EtcdSpec';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from '../../../kdeploy/common/v1/ArtifactSource';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';
import type { HostFile as _kdeploy_etcd_v1_HostFile, HostFile__Output as _kdeploy_etcd_v1_HostFile__Output } from '../../../kdeploy/etcd/v1/HostFile';

/**
 * RestoreRequest asks to restore the cluster from a snapshot.
 */
export interface RestoreRequest {
  /**
   * Cluster, members and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * etcd settings.
   */
  'spec'?: (_kdeploy_etcd_v1_EtcdSpec | null);
  /**
   * Where binaries come from (etcdutl).
   */
  'artifacts'?: (_kdeploy_common_v1_ArtifactSource | null);
  /**
   * Where certificates come from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * On a host.
   */
  'hostFile'?: (_kdeploy_etcd_v1_HostFile | null);
  /**
   * A path on the installer's machine.
   */
  'localPath'?: (string);
  /**
   * Hex sha256 the snapshot must have; a mismatch refuses the restore before any change.
   */
  'sha256'?: (string);
  /**
   * Where the snapshot is.
   */
  'source'?: "hostFile"|"localPath";
}

/**
 * RestoreRequest asks to restore the cluster from a snapshot.
 */
export interface RestoreRequest__Output {
  /**
   * Cluster, members and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * etcd settings.
   */
  'spec': (_kdeploy_etcd_v1_EtcdSpec__Output | null);
  /**
   * Where binaries come from (etcdutl).
   */
  'artifacts': (_kdeploy_common_v1_ArtifactSource__Output | null);
  /**
   * Where certificates come from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * On a host.
   */
  'hostFile'?: (_kdeploy_etcd_v1_HostFile__Output | null);
  /**
   * A path on the installer's machine.
   */
  'localPath'?: (string);
  /**
   * Hex sha256 the snapshot must have; a mismatch refuses the restore before any change.
   */
  'sha256': (string);
  /**
   * Where the snapshot is.
   */
  'source'?: "hostFile"|"localPath";
}
