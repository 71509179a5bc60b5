// Original file: proto/kdeploy/master/v1/master.proto


/**
 * CoreDns configures the cluster DNS.
 */
export interface CoreDns {
  /**
   * The kube-dns Service's ClusterIP (the kubelets' clusterDNS), derived by libs/cluster-spec.
   */
  'clusterDnsIp'?: (string);
  /**
   * Resolvers names outside the cluster go to; empty means each node's /etc/resolv.conf.
   */
  'upstreamResolvers'?: (string)[];
  /**
   * Replicas; 0 means 2.
   */
  'replicas'?: (number);
}

/**
 * CoreDns configures the cluster DNS.
 */
export interface CoreDns__Output {
  /**
   * The kube-dns Service's ClusterIP (the kubelets' clusterDNS), derived by libs/cluster-spec.
   */
  'clusterDnsIp': (string);
  /**
   * Resolvers names outside the cluster go to; empty means each node's /etc/resolv.conf.
   */
  'upstreamResolvers': (string)[];
  /**
   * Replicas; 0 means 2.
   */
  'replicas': (number);
}
