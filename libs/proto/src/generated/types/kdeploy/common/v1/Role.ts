// Original file: proto/kdeploy/common/v1/host.proto

/**
 * Role is a part of the cluster a host runs.
 */
export const Role = {
  /**
   * Never sent; a request holding it is refused.
   */
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  /**
   * An etcd member.
   */
  ROLE_ETCD: 'ROLE_ETCD',
  /**
   * A control-plane host: kube-apiserver, kube-controller-manager, kube-scheduler.
   */
  ROLE_MASTER: 'ROLE_MASTER',
  /**
   * A worker: container runtime, kubelet, kube-proxy.
   */
  ROLE_NODE: 'ROLE_NODE',
} as const;

/**
 * Role is a part of the cluster a host runs.
 */
export type Role =
  /**
   * Never sent; a request holding it is refused.
   */
  | 'ROLE_UNSPECIFIED'
  | 0
  /**
   * An etcd member.
   */
  | 'ROLE_ETCD'
  | 1
  /**
   * A control-plane host: kube-apiserver, kube-controller-manager, kube-scheduler.
   */
  | 'ROLE_MASTER'
  | 2
  /**
   * A worker: container runtime, kubelet, kube-proxy.
   */
  | 'ROLE_NODE'
  | 3

/**
 * Role is a part of the cluster a host runs.
 */
export type Role__Output = typeof Role[keyof typeof Role]
