// Original file: proto/kdeploy/network/v1/network.proto

import type { FlannelSpec as _kdeploy_network_v1_FlannelSpec, FlannelSpec__Output as _kdeploy_network_v1_FlannelSpec__Output } from '../../../kdeploy/network/v1/FlannelSpec';
import type { CniSpec as _kdeploy_network_v1_CniSpec, CniSpec__Output as _kdeploy_network_v1_CniSpec__Output } from '../../../kdeploy/network/v1/CniSpec';

/**
 * NetworkSpec is the part of the cluster spec the network needs.
 */
export interface NetworkSpec {
  /**
   * Pod CIDR, e.g. "10.244.0.0/16".
   */
  'podCidr'?: (string);
  /**
   * Flannel settings.
   */
  'flannel'?: (_kdeploy_network_v1_FlannelSpec | null);
  /**
   * CNI settings.
   */
  'cni'?: (_kdeploy_network_v1_CniSpec | null);
}

/**
 * NetworkSpec is the part of the cluster spec the network needs.
 */
export interface NetworkSpec__Output {
  /**
   * Pod CIDR, e.g. "10.244.0.0/16".
   */
  'podCidr': (string);
  /**
   * Flannel settings.
   */
  'flannel': (_kdeploy_network_v1_FlannelSpec__Output | null);
  /**
   * CNI settings.
   */
  'cni': (_kdeploy_network_v1_CniSpec__Output | null);
}
