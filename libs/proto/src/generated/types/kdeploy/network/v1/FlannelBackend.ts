// Original file: proto/kdeploy/network/v1/network.proto

/**
 * FlannelBackend is flannel's encapsulation.
 */
export const FlannelBackend = {
  /**
   * Never sent.
   */
  FLANNEL_BACKEND_UNSPECIFIED: 'FLANNEL_BACKEND_UNSPECIFIED',
  /**
   * VXLAN overlay.
   */
  FLANNEL_BACKEND_VXLAN: 'FLANNEL_BACKEND_VXLAN',
  /**
   * Direct routes; hosts must share an L2 segment.
   */
  FLANNEL_BACKEND_HOST_GW: 'FLANNEL_BACKEND_HOST_GW',
  /**
   * WireGuard tunnels.
   */
  FLANNEL_BACKEND_WIREGUARD: 'FLANNEL_BACKEND_WIREGUARD',
} as const;

/**
 * FlannelBackend is flannel's encapsulation.
 */
export type FlannelBackend =
  /**
   * Never sent.
   */
  | 'FLANNEL_BACKEND_UNSPECIFIED'
  | 0
  /**
   * VXLAN overlay.
   */
  | 'FLANNEL_BACKEND_VXLAN'
  | 1
  /**
   * Direct routes; hosts must share an L2 segment.
   */
  | 'FLANNEL_BACKEND_HOST_GW'
  | 2
  /**
   * WireGuard tunnels.
   */
  | 'FLANNEL_BACKEND_WIREGUARD'
  | 3

/**
 * FlannelBackend is flannel's encapsulation.
 */
export type FlannelBackend__Output = typeof FlannelBackend[keyof typeof FlannelBackend]
