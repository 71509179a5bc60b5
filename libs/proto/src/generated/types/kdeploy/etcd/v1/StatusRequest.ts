// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { EtcdSpec as _kdeploy_etcd_v1_EtcdSpec, EtcdSpec__Output as _kdeploy_etcd_v1_EtcdSpec__Output } from '../../../kdeploy/etcd/v1/EtcdSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * StatusRequest asks for the cluster's state.
 */
export interface StatusRequest {
  /**
   * Cluster, etcd hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * etcd settings (ports, data dir).
   */
  'spec'?: (_kdeploy_etcd_v1_EtcdSpec | null);
  /**
   * Where the health-check client certificate comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * StatusRequest asks for the cluster's state.
 */
export interface StatusRequest__Output {
  /**
   * Cluster, etcd hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * etcd settings (ports, data dir).
   */
  'spec': (_kdeploy_etcd_v1_EtcdSpec__Output | null);
  /**
   * Where the health-check client certificate comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
