// Original file: proto/kdeploy/network/v1/network.proto

/**
 * SubnetManager is where flannel keeps its network config and leases.
 */
export const SubnetManager = {
  /**
   * Never sent.
   */
  SUBNET_MANAGER_UNSPECIFIED: 'SUBNET_MANAGER_UNSPECIFIED',
  /**
   * The classic way: the network config written into etcd by the installer, each flanneld an
   * etcd client with its own certificate from the etcd CA.
   */
  SUBNET_MANAGER_ETCD: 'SUBNET_MANAGER_ETCD',
  /**
   * flanneld --kube-subnet-mgr: each node's podCIDR, allocated by kube-controller-manager.
   */
  SUBNET_MANAGER_KUBE: 'SUBNET_MANAGER_KUBE',
} as const;

/**
 * SubnetManager is where flannel keeps its network config and leases.
 */
export type SubnetManager =
  /**
   * Never sent.
   */
  | 'SUBNET_MANAGER_UNSPECIFIED'
  | 0
  /**
   * The classic way: the network config written into etcd by the installer, each flanneld an
   * etcd client with its own certificate from the etcd CA.
   */
  | 'SUBNET_MANAGER_ETCD'
  | 1
  /**
   * flanneld --kube-subnet-mgr: each node's podCIDR, allocated by kube-controller-manager.
   */
  | 'SUBNET_MANAGER_KUBE'
  | 2

/**
 * SubnetManager is where flannel keeps its network config and leases.
 */
export type SubnetManager__Output = typeof SubnetManager[keyof typeof SubnetManager]
