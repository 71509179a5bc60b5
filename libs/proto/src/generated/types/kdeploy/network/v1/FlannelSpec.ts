// Original file: proto/kdeploy/network/v1/network.proto

import type { FlannelMode as _kdeploy_network_v1_FlannelMode, FlannelMode__Output as _kdeploy_network_v1_FlannelMode__Output } from '../../../kdeploy/network/v1/FlannelMode';
import type { FlannelBackend as _kdeploy_network_v1_FlannelBackend, FlannelBackend__Output as _kdeploy_network_v1_FlannelBackend__Output } from '../../../kdeploy/network/v1/FlannelBackend';

/**
 * FlannelSpec configures flannel.
 */
export interface FlannelSpec {
  /**
   * Where flannel keeps its config and subnet leases.
   */
  'mode'?: (_kdeploy_network_v1_FlannelMode);
  /**
   * Backend.
   */
  'backend'?: (_kdeploy_network_v1_FlannelBackend);
  /**
   * flannel version, e.g. "v0.22.0".
   */
  'version'?: (string);
  /**
   * Per-host subnet prefix length; 0 means 24.
   */
  'subnetLen'?: (number);
  /**
   * VXLAN network id; 0 means 1.
   */
  'vxlanId'?: (number);
  /**
   * VXLAN UDP port; 0 means 8472.
   */
  'vxlanPort'?: (number);
  /**
   * Interface flannel uses, e.g. "eth0"; empty means the default route's.
   */
  'iface'?: (string);
  /**
   * FLANNEL_MODE_ETCD: etcd key prefix; empty means "/coreos.com/network".
   */
  'etcdPrefix'?: (string);
  /**
   * FLANNEL_MODE_ETCD: etcd client URLs.
   */
  'etcdEndpoints'?: (string)[];
  /**
   * FLANNEL_MODE_DAEMONSET: flannel image, from a registry the nodes can reach (air-gapped
   * sites use a mirror).
   */
  'image'?: (string);
  /**
   * FLANNEL_MODE_DAEMONSET: flannel CNI plugin image.
   */
  'cniPluginImage'?: (string);
}

/**
 * FlannelSpec configures flannel.
 */
export interface FlannelSpec__Output {
  /**
   * Where flannel keeps its config and subnet leases.
   */
  'mode': (_kdeploy_network_v1_FlannelMode__Output);
  /**
   * Backend.
   */
  'backend': (_kdeploy_network_v1_FlannelBackend__Output);
  /**
   * flannel version, e.g. "v0.22.0".
   */
  'version': (string);
  /**
   * Per-host subnet prefix length; 0 means 24.
   */
  'subnetLen': (number);
  /**
   * VXLAN network id; 0 means 1.
   */
  'vxlanId': (number);
  /**
   * VXLAN UDP port; 0 means 8472.
   */
  'vxlanPort': (number);
  /**
   * Interface flannel uses, e.g. "eth0"; empty means the default route's.
   */
  'iface': (string);
  /**
   * FLANNEL_MODE_ETCD: etcd key prefix; empty means "/coreos.com/network".
   */
  'etcdPrefix': (string);
  /**
   * FLANNEL_MODE_ETCD: etcd client URLs.
   */
  'etcdEndpoints': (string)[];
  /**
   * FLANNEL_MODE_DAEMONSET: flannel image, from a registry the nodes can reach (air-gapped
   * sites use a mirror).
   */
  'image': (string);
  /**
   * FLANNEL_MODE_DAEMONSET: flannel CNI plugin image.
   */
  'cniPluginImage': (string);
}
