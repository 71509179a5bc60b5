// Original file: proto/kdeploy/network/v1/network.proto

import type { SubnetManager as _kdeploy_network_v1_SubnetManager, SubnetManager__Output as _kdeploy_network_v1_SubnetManager__Output } from '../../../kdeploy/network/v1/SubnetManager';
import type { Backend as _kdeploy_network_v1_Backend, Backend__Output as _kdeploy_network_v1_Backend__Output } from '../../../kdeploy/network/v1/Backend';

/**
 * NetworkSpec is the part of the cluster spec the pod network needs, derived by libs/cluster-spec.
 */
export interface NetworkSpec {
  /**
   * Pod network, e.g. "10.244.0.0/16".
   */
  'podCidr'?: (string);
  /**
   * Prefix length of each node's pod subnet, e.g. 24.
   */
  'subnetLen'?: (number);
  /**
   * Where flannel keeps its network config and subnet leases.
   */
  'subnetManager'?: (_kdeploy_network_v1_SubnetManager);
  /**
   * How pod traffic crosses hosts.
   */
  'backend'?: (_kdeploy_network_v1_Backend);
  /**
   * VXLAN network id; 0 means 1.
   */
  'vxlanId'?: (number);
  /**
   * VXLAN UDP port; 0 means 8472, the Linux kernel's.
   */
  'vxlanPort'?: (number);
  /**
   * SUBNET_MANAGER_ETCD: the key prefix of flannel's config and leases; empty means
   * "/coreos.com/network".
   */
  'etcdPrefix'?: (string);
  /**
   * SUBNET_MANAGER_ETCD: the etcd client URLs, "https://ADDRESS:2379".
   */
  'etcdEndpoints'?: (string)[];
  /**
   * Pod interface MTU; 0 means derived per host: the MTU of the interface holding the host's
   * address, less the backend's overhead (50 for VXLAN).
   */
  'mtu'?: (number);
}

/**
 * NetworkSpec is the part of the cluster spec the pod network needs, derived by libs/cluster-spec.
 */
export interface NetworkSpec__Output {
  /**
   * Pod network, e.g. "10.244.0.0/16".
   */
  'podCidr': (string);
  /**
   * Prefix length of each node's pod subnet, e.g. 24.
   */
  'subnetLen': (number);
  /**
   * Where flannel keeps its network config and subnet leases.
   */
  'subnetManager': (_kdeploy_network_v1_SubnetManager__Output);
  /**
   * How pod traffic crosses hosts.
   */
  'backend': (_kdeploy_network_v1_Backend__Output);
  /**
   * VXLAN network id; 0 means 1.
   */
  'vxlanId': (number);
  /**
   * VXLAN UDP port; 0 means 8472, the Linux kernel's.
   */
  'vxlanPort': (number);
  /**
   * SUBNET_MANAGER_ETCD: the key prefix of flannel's config and leases; empty means
   * "/coreos.com/network".
   */
  'etcdPrefix': (string);
  /**
   * SUBNET_MANAGER_ETCD: the etcd client URLs, "https://ADDRESS:2379".
   */
  'etcdEndpoints': (string)[];
  /**
   * Pod interface MTU; 0 means derived per host: the MTU of the interface holding the host's
   * address, less the backend's overhead (50 for VXLAN).
   */
  'mtu': (number);
}
