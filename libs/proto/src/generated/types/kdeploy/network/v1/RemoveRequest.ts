// Original file: proto/kdeploy/network/v1/network.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NetworkSpec as _kdeploy_network_v1_NetworkSpec, NetworkSpec__Output as _kdeploy_network_v1_NetworkSpec__Output } from '../../../kdeploy/network/v1/NetworkSpec';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * RemoveRequest asks to take the network off the hosts.
 */
export interface RemoveRequest {
  /**
   * Cluster, hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Network settings (the etcd prefix whose leases go too).
   */
  'spec'?: (_kdeploy_network_v1_NetworkSpec | null);
  /**
   * The cluster's pki-service, to delete the hosts' leases from etcd.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
}

/**
 * RemoveRequest asks to take the network off the hosts.
 */
export interface RemoveRequest__Output {
  /**
   * Cluster, hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Network settings (the etcd prefix whose leases go too).
   */
  'spec': (_kdeploy_network_v1_NetworkSpec__Output | null);
  /**
   * The cluster's pki-service, to delete the hosts' leases from etcd.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
}
