/** `kubelet.config.k8s.io/v1beta1` KubeletConfiguration: the fields kdeploy sets. */
export interface KubeletConfiguration {
  apiVersion: 'kubelet.config.k8s.io/v1beta1';
  kind: 'KubeletConfiguration';
  address: string;
  port: number;
  readOnlyPort: 0;
  authentication: {
    anonymous: { enabled: false };
    webhook: { enabled: true; cacheTTL: string };
    x509: { clientCAFile: string };
  };
  authorization: { mode: 'Webhook'; webhook: { cacheAuthorizedTTL: string; cacheUnauthorizedTTL: string } };
  rotateCertificates: true;
  serverTLSBootstrap: boolean;
  tlsCipherSuites: string[];
  clusterDNS: string[];
  clusterDomain: string;
  cgroupDriver: 'systemd' | 'cgroupfs';
  containerRuntimeEndpoint?: string;
  healthzBindAddress: string;
  healthzPort: number;
  protectKernelDefaults: boolean;
  maxPods: number;
  staticPodPath?: string;
  failSwapOn: boolean;
}

export interface KubeletConfigInput {
  clusterDNS: string[];
  clusterDomain: string;
  clientCAFile: string;
  /** Set from v1.27 only; older kubelets take `--container-runtime-endpoint` (the version table decides). */
  containerRuntimeEndpoint?: string;
  cgroupDriver?: 'systemd' | 'cgroupfs';
  address?: string;
  maxPods?: number;
  staticPodPath?: string;
  /** CIS 4.2.6; needs the kernel sysctls in place first, so preflight must check them. */
  protectKernelDefaults?: boolean;
  /** Serving certificate via a CSR that pki-service signs, instead of a self-signed one. */
  serverTLSBootstrap?: boolean;
}

/** Strong suites only (CIS 4.2.12); Go's TLS 1.3 suites are not configurable and always on. */
export const KUBELET_TLS_CIPHER_SUITES = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
];

/** Builds the kubelet config with security.md's settings fixed, not optional. */
export function buildKubeletConfiguration(input: KubeletConfigInput): KubeletConfiguration {
  if (input.clusterDNS.length === 0) throw new TypeError('buildKubeletConfiguration: clusterDNS is empty');
  return {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    address: input.address ?? '0.0.0.0',
    port: 10250,
    readOnlyPort: 0,
    authentication: {
      anonymous: { enabled: false },
      webhook: { enabled: true, cacheTTL: '2m0s' },
      x509: { clientCAFile: input.clientCAFile },
    },
    authorization: { mode: 'Webhook', webhook: { cacheAuthorizedTTL: '5m0s', cacheUnauthorizedTTL: '30s' } },
    rotateCertificates: true,
    serverTLSBootstrap: input.serverTLSBootstrap ?? true,
    tlsCipherSuites: [...KUBELET_TLS_CIPHER_SUITES],
    clusterDNS: [...input.clusterDNS],
    clusterDomain: input.clusterDomain,
    cgroupDriver: input.cgroupDriver ?? 'systemd',
    ...(input.containerRuntimeEndpoint ? { containerRuntimeEndpoint: input.containerRuntimeEndpoint } : {}),
    healthzBindAddress: '127.0.0.1',
    healthzPort: 10248,
    protectKernelDefaults: input.protectKernelDefaults ?? true,
    maxPods: input.maxPods ?? 110,
    ...(input.staticPodPath ? { staticPodPath: input.staticPodPath } : {}),
    failSwapOn: true,
  };
}
