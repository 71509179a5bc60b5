import { buildKubeletConfiguration, toKubeYaml } from '@kdeploy/templates';
import { NodeSettings } from '../request/settings';
import { NodeVersion } from '../versions';
import { CA_CERT, KUBELET_SERVING, LAYOUT } from './layout';

/** What of the host decides the kubelet config beyond the spec. */
export interface KubeletFacts {
  /** The host's kernel runs cgroup v1 (accepted only with the spec's opt-in). */
  cgroupV1: boolean;
  /** Swap is on and the spec leaves it on. */
  swapOn: boolean;
}

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
    containerRuntimeEndpoint: `unix://${LAYOUT.containerdSocket}`,
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
    registerWithTaints: s.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
  };
  return toKubeYaml(config);
}
