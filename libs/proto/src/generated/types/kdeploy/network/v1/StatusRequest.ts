// Original file: proto/kdeploy/network/v1/network.proto

import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from '../../../kdeploy/common/v1/Target';
import type { NetworkSpec as _kdeploy_network_v1_NetworkSpec, NetworkSpec__Output as _kdeploy_network_v1_NetworkSpec__Output } from '../../../kdeploy/network/v1/NetworkSpec';

/**
 * StatusRequest asks for the network's state.
 */
export interface StatusRequest {
  /**
   * Cluster, hosts and SSH access.
   */
  'target'?: (_kdeploy_common_v1_Target | null);
  /**
   * Network settings.
   */
  'spec'?: (_kdeploy_network_v1_NetworkSpec | null);
}

/**
 * StatusRequest asks for the network's state.
 */
export interface StatusRequest__Output {
  /**
   * Cluster, hosts and SSH access.
   */
  'target': (_kdeploy_common_v1_Target__Output | null);
  /**
   * Network settings.
   */
  'spec': (_kdeploy_network_v1_NetworkSpec__Output | null);
}
