// Original file: proto/kdeploy/node/v1/node.proto

/**
 * ProxyMode is kube-proxy's mode.
 */
export const ProxyMode = {
  /**
   * iptables.
   */
  PROXY_MODE_UNSPECIFIED: 'PROXY_MODE_UNSPECIFIED',
  /**
   * iptables.
   */
  PROXY_MODE_IPTABLES: 'PROXY_MODE_IPTABLES',
  /**
   * IPVS.
   */
  PROXY_MODE_IPVS: 'PROXY_MODE_IPVS',
  /**
   * nftables.
   */
  PROXY_MODE_NFTABLES: 'PROXY_MODE_NFTABLES',
} as const;

/**
 * ProxyMode is kube-proxy's mode.
 */
export type ProxyMode =
  /**
   * iptables.
   */
  | 'PROXY_MODE_UNSPECIFIED'
  | 0
  /**
   * iptables.
   */
  | 'PROXY_MODE_IPTABLES'
  | 1
  /**
   * IPVS.
   */
  | 'PROXY_MODE_IPVS'
  | 2
  /**
   * nftables.
   */
  | 'PROXY_MODE_NFTABLES'
  | 3

/**
 * ProxyMode is kube-proxy's mode.
 */
export type ProxyMode__Output = typeof ProxyMode[keyof typeof ProxyMode]
