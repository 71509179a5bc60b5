// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { EtcdSpec as _kdeploy_etcd_v1_EtcdSpec, EtcdSpec__Output as _kdeploy_etcd_v1_EtcdSpec__Output } from '../../../kdeploy/etcd/v1/EtcdSpec';

/**
 * RemoveRequest asks to take etcd off the hosts.
 */
export interface RemoveRequest {
  /**
   * Cluster, etcd hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * etcd settings (data dir).
   */
  'spec'?: (_kdeploy_etcd_v1_EtcdSpec | null);
  /**
   * Also delete the data directory, keys and certificates; false keeps them.
   */
  'deleteData'?: (boolean);
  /**
   * Keep the hash-addressed binary cache on the hosts, so that a later install copies no
   * binary again; false removes it too.
   */
  'keepArtifactCache'?: (boolean);
}

/**
 * RemoveRequest asks to take etcd off the hosts.
 */
export interface RemoveRequest__Output {
  /**
   * Cluster, etcd hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * etcd settings (data dir).
   */
  'spec': (_kdeploy_etcd_v1_EtcdSpec__Output | null);
  /**
   * Also delete the data directory, keys and certificates; false keeps them.
   */
  'deleteData': (boolean);
  /**
   * Keep the hash-addressed binary cache on the hosts, so that a later install copies no
   * binary again; false removes it too.
   */
  'keepArtifactCache': (boolean);
}
