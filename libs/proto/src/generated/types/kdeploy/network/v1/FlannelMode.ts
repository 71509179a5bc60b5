// Original file: proto/kdeploy/network/v1/network.proto

/**
 * FlannelMode is where flannel keeps its network config and leases.
 */
export const FlannelMode = {
  /**
   * Never sent.
   */
  FLANNEL_MODE_UNSPECIFIED: 'FLANNEL_MODE_UNSPECIFIED',
  /**
   * flanneld as a systemd service on each host; config written to etcd (etcd v2 or v3 API).
   */
  FLANNEL_MODE_ETCD: 'FLANNEL_MODE_ETCD',
  /**
   * A kube-flannel DaemonSet with --kube-subnet-mgr; leases are node podCIDRs.
   */
  FLANNEL_MODE_DAEMONSET: 'FLANNEL_MODE_DAEMONSET',
} as const;

/**
 * FlannelMode is where flannel keeps its network config and leases.
 */
export type FlannelMode =
  /**
   * Never sent.
   */
  | 'FLANNEL_MODE_UNSPECIFIED'
  | 0
  /**
   * flanneld as a systemd service on each host; config written to etcd (etcd v2 or v3 API).
   */
  | 'FLANNEL_MODE_ETCD'
  | 1
  /**
   * A kube-flannel DaemonSet with --kube-subnet-mgr; leases are node podCIDRs.
   */
  | 'FLANNEL_MODE_DAEMONSET'
  | 2

/**
 * FlannelMode is where flannel keeps its network config and leases.
 */
export type FlannelMode__Output = typeof FlannelMode[keyof typeof FlannelMode]
