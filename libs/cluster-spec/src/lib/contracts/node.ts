import type { nodeV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';
import type { ClusterSpec } from '../schema/cluster';
import { endpointMessage } from './endpoint';

const RUNTIME_KINDS = { containerd: 'RUNTIME_KIND_CONTAINERD', docker: 'RUNTIME_KIND_DOCKER' } as const;
const PROXY_MODES = { iptables: 'PROXY_MODE_IPTABLES', ipvs: 'PROXY_MODE_IPVS', nftables: 'PROXY_MODE_NFTABLES' } as const;

/**
 * The node values as every node-installer request carries them: the derived endpoint, cluster
 * DNS IP and pod CIDR, the version, and the spec's runtime (with the hosts that run the other
 * one), proxy mode and host preparation.
 */
export function nodeSpecMessage(spec: ClusterSpec, d: DerivedCluster): nodeV1.NodeSpec {
  const prep = spec.spec.hostPreparation;
  const runtime = spec.spec.containerRuntime;
  return {
    kubernetesVersion: d.kubernetes.version,
    endpoint: endpointMessage(d),
    clusterDnsIp: d.network.clusterDNSIP,
    clusterDomain: d.network.clusterDomain,
    podCidr: d.network.podCIDR,
    runtime: {
      kind: RUNTIME_KINDS[runtime.kind],
      registryMirrors: runtime.registryMirrors.map((m) => ({ registry: m.registry, endpoints: m.endpoints })),
      insecureRegistries: runtime.insecureRegistries,
      docker: {
        storageDriver: runtime.docker.storageDriver,
        logMaxSize: runtime.docker.logMaxSize,
        logMaxFiles: runtime.docker.logMaxFiles,
      },
    },
    hostRuntimes: Object.fromEntries(
      spec.spec.hosts.flatMap((h) =>
        h.roles.includes('node') && h.containerRuntime && h.containerRuntime !== runtime.kind
          ? [[h.name, RUNTIME_KINDS[h.containerRuntime]]]
          : [],
      ),
    ),
    proxyMode: PROXY_MODES[spec.spec.network.proxyMode],
    hostPreparation: {
      disableSwap: prep.swap === 'off',
      selinux: prep.selinux === 'unchanged' ? '' : prep.selinux,
      kernelModules: prep.kernelModules,
      sysctls: Object.fromEntries(Object.entries(prep.sysctls).map(([k, v]) => [k, String(v)])),
    },
    allowCgroupV1: prep.cgroupV1 === 'allow',
    kubeletConfigOverridesJson: Object.keys(spec.spec.kubelet.config).length ? JSON.stringify(spec.spec.kubelet.config) : '',
  };
}
