// Original file: proto/kdeploy/network/v1/network.proto

/**
 * Backend is how flannel carries pod traffic between hosts.
 */
export const Backend = {
  /**
   * Never sent.
   */
  BACKEND_UNSPECIFIED: 'BACKEND_UNSPECIFIED',
  /**
   * VXLAN overlay (UDP); works across routed networks.
   */
  BACKEND_VXLAN: 'BACKEND_VXLAN',
  /**
   * Direct routes to each node's subnet; the nodes must share an L2 segment.
   */
  BACKEND_HOST_GW: 'BACKEND_HOST_GW',
} as const;

/**
 * Backend is how flannel carries pod traffic between hosts.
 */
export type Backend =
  /**
   * Never sent.
   */
  | 'BACKEND_UNSPECIFIED'
  | 0
  /**
   * VXLAN overlay (UDP); works across routed networks.
   */
  | 'BACKEND_VXLAN'
  | 1
  /**
   * Direct routes to each node's subnet; the nodes must share an L2 segment.
   */
  | 'BACKEND_HOST_GW'
  | 2

/**
 * Backend is how flannel carries pod traffic between hosts.
 */
export type Backend__Output = typeof Backend[keyof typeof Backend]
