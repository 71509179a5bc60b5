// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { EtcdSpec as _kdeploy_etcd_v1_EtcdSpec, EtcdSpec__Output as _kdeploy_etcd_v1_EtcdSpec__Output } from '../../../kdeploy/etcd/v1/EtcdSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * SnapshotRequest asks for a snapshot.
 */
export interface SnapshotRequest {
  /**
   * Cluster, members and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * etcd settings.
   */
  'spec'?: (_kdeploy_etcd_v1_EtcdSpec | null);
  /**
   * Where the client certificate comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * Member to snapshot; empty means a healthy member, the leader first.
   */
  'memberName'?: (string);
  /**
   * Keep it on the member host at this absolute path.
   */
  'hostPath'?: (string);
  /**
   * Stream it back as SnapshotResponse.chunk messages.
   */
  'stream'?: (boolean);
  /**
   * Where the snapshot goes.
   */
  'destination'?: "hostPath"|"stream";
}

/**
 * SnapshotRequest asks for a snapshot.
 */
export interface SnapshotRequest__Output {
  /**
   * Cluster, members and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * etcd settings.
   */
  'spec': (_kdeploy_etcd_v1_EtcdSpec__Output | null);
  /**
   * Where the client certificate comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * Member to snapshot; empty means a healthy member, the leader first.
   */
  'memberName': (string);
  /**
   * Keep it on the member host at this absolute path.
   */
  'hostPath'?: (string);
  /**
   * Stream it back as SnapshotResponse.chunk messages.
   */
  'stream'?: (boolean);
  /**
   * Where the snapshot goes.
   */
  'destination'?: "hostPath"|"stream";
}
