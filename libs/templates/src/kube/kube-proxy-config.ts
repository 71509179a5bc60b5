/** `kubeproxy.config.k8s.io/v1alpha1` KubeProxyConfiguration: the fields kdeploy sets. */
export interface KubeProxyConfiguration {
  apiVersion: 'kubeproxy.config.k8s.io/v1alpha1';
  kind: 'KubeProxyConfiguration';
  bindAddress: string;
  clientConnection: { kubeconfig: string };
  clusterCIDR: string;
  hostnameOverride?: string;
  mode: 'iptables' | 'ipvs' | 'nftables';
  healthzBindAddress: string;
  metricsBindAddress: string;
  conntrack: { maxPerCore: number; min: number };
  ipvs?: { scheduler: string; strictARP: boolean };
}

export interface KubeProxyConfigInput {
  kubeconfigPath: string;
  /** The pod CIDR: traffic from outside it to a service IP is masqueraded. */
  clusterCIDR: string;
  mode?: 'iptables' | 'ipvs' | 'nftables';
  hostnameOverride?: string;
  bindAddress?: string;
  /** 0 leaves the kernel's conntrack table size alone (a host where kube-proxy may not set it); default 32768. */
  conntrackMaxPerCore?: number;
}

/** Builds kube-proxy's config; metrics stay on localhost (CIS), health on all interfaces for the LB check. */
export function buildKubeProxyConfiguration(input: KubeProxyConfigInput): KubeProxyConfiguration {
  const mode = input.mode ?? 'iptables';
  return {
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    bindAddress: input.bindAddress ?? '0.0.0.0',
    clientConnection: { kubeconfig: input.kubeconfigPath },
    clusterCIDR: input.clusterCIDR,
    ...(input.hostnameOverride ? { hostnameOverride: input.hostnameOverride } : {}),
    mode,
    healthzBindAddress: '0.0.0.0:10256',
    metricsBindAddress: '127.0.0.1:10249',
    conntrack: { maxPerCore: input.conntrackMaxPerCore ?? 32768, min: 131072 },
    ...(mode === 'ipvs' ? { ipvs: { scheduler: 'rr', strictARP: true } } : {}),
  };
}
