import { buildKubeletConfiguration, toKubeYaml } from '@kdeploy/templates';
import { NodeSettings, Runtime } from '../request/settings';
import { NodeVersion } from '../versions';
import { CA_CERT, KUBELET_SERVING, LAYOUT } from './layout';

/** What of the host decides the kubelet config beyond the spec. */
export interface KubeletFacts {
  /** The host's kernel runs cgroup v1 (accepted only with the spec's opt-in). */
  cgroupV1: boolean;
  /** Swap is on and the spec leaves it on. */
  swapOn: boolean;
  /** What the kubelet talks CRI to: containerd, or cri-dockerd on a docker node. */
  runtime?: Runtime;
}

/**
 * cri-dockerd (0.4, and its main branch) hands the kubelet a streaming URL without a scheme;
 * kubelets from v1.36 on proxy exec and attach websockets to it as https and fail ("server gave
 * HTTP response to HTTPS client", Mirantis/cri-dockerd#569). With this gate off the kubelet
 * keeps the older path, which reads such URLs right, and the apiserver learns it from the Node.
 */
const CRI_DOCKERD_GATES = { ExtendWebSocketsToKubelet: false };

const featureGates = (s: NodeSettings): Record<string, unknown> => {
  const g = s.kubeletOverrides['featureGates'];
  return g && typeof g === 'object' && !Array.isArray(g) ? (g as Record<string, unknown>) : {};
};

/**
 * The KubeletConfiguration: security.md's settings fixed (no anonymous access, webhook
 * authentication and authorization, client CA, read-only port off, client certificate
 * rotation, strong TLS suites, kernel defaults protected), the serving certificate made on the
 * node and signed by pki-service for the node's names, the systemd cgroup driver, then the
 * spec's overrides of the rest.
 */
export function kubeletConfig(version: NodeVersion, s: NodeSettings, facts: KubeletFacts): string {
  const base = buildKubeletConfiguration({
    clusterDNS: [s.clusterDnsIp],
    clusterDomain: s.clusterDomain,
    clientCAFile: CA_CERT,
    containerRuntimeEndpoint: `unix://${facts.runtime === 'docker' ? LAYOUT.criDockerdSocket : LAYOUT.containerdSocket}`,
    cgroupDriver: 'systemd',
    maxPods: s.maxPods,
    serverTLSBootstrap: false,
  });
  const config = {
    ...base,
    apiVersion: version.configs.kubelet.apiVersion,
    kind: version.configs.kubelet.kind,
    ...s.kubeletOverrides,
    tlsCertFile: KUBELET_SERVING.cert,
    tlsPrivateKeyFile: KUBELET_SERVING.key,
    tlsMinVersion: 'VersionTLS12',
    failSwapOn: !facts.swapOn,
    ...(facts.swapOn ? { memorySwap: { swapBehavior: 'NoSwap' } } : {}),
    ...(facts.cgroupV1 ? { failCgroupV1: false } : {}),
    ...(facts.runtime === 'docker' ? { featureGates: { ...featureGates(s), ...CRI_DOCKERD_GATES } } : {}),
    registerWithTaints: s.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
  };
  return toKubeYaml(config);
}
