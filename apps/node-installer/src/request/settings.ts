import { canonicalIp, parseCidr } from '@kdeploy/cluster-spec';
import { SpecError, SpecIssue } from '@kdeploy/errors';
import type { nodeV1 } from '@kdeploy/proto';

/** A taint as the kubelet and the Node take it. */
export interface Taint {
  key: string;
  value: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** NodeSpec's values with every default applied, checked. Holds no secret. */
export interface NodeSettings {
  kubernetesVersion: string;
  clusterDnsIp: string;
  clusterDomain: string;
  podCidr: string;
  proxyMode: 'iptables' | 'ipvs' | 'nftables';
  maxPods: number;
  nodeLabels: Readonly<Record<string, string>>;
  taints: readonly Taint[];
  prep: {
    disableSwap: boolean;
    selinux: '' | 'permissive' | 'disabled';
    modules: readonly string[];
    sysctls: Readonly<Record<string, string>>;
  };
  allowCgroupV1: boolean;
  /** Merged over the generated KubeletConfiguration; never one of PROTECTED_KUBELET_FIELDS. */
  kubeletOverrides: Readonly<Record<string, unknown>>;
  registryMirrors: readonly { registry: string; endpoints: readonly string[] }[];
  /** Registries reached over plain HTTP or with an unverified certificate (docker nodes). */
  insecureRegistries: readonly string[];
  /** The nodes' runtime, and the hosts that run the other one. */
  runtime: Runtime;
  hostRuntimes: Readonly<Record<string, Runtime>>;
  docker: { storageDriver: string; logMaxSize: string; logMaxFiles: number };
}

/** What a node runs its containers with: containerd itself, or Docker Engine (on that containerd) through cri-dockerd. */
export type Runtime = 'containerd' | 'docker';

/** A host's runtime: its own when the spec names one, the nodes' otherwise. */
export const runtimeOf = (s: NodeSettings, host: string): Runtime => s.hostRuntimes[host] ?? s.runtime;

/** KubeletConfiguration fields security.md fixes: an override may not touch them. */
export const PROTECTED_KUBELET_FIELDS = [
  'authentication',
  'authorization',
  'readOnlyPort',
  'rotateCertificates',
  'serverTLSBootstrap',
  'tlsCertFile',
  'tlsPrivateKeyFile',
  'tlsCipherSuites',
  'tlsMinVersion',
  'staticPodPath',
  'cgroupDriver',
  'containerRuntimeEndpoint',
  'failCgroupV1',
] as const;

const PROXY_MODES: Record<nodeV1.ProxyMode__Output, NodeSettings['proxyMode']> = {
  PROXY_MODE_UNSPECIFIED: 'iptables',
  PROXY_MODE_IPTABLES: 'iptables',
  PROXY_MODE_IPVS: 'ipvs',
  PROXY_MODE_NFTABLES: 'nftables',
};

const RUNTIMES: Partial<Record<string, Runtime>> = {
  RUNTIME_KIND_UNSPECIFIED: 'containerd',
  RUNTIME_KIND_CONTAINERD: 'containerd',
  RUNTIME_KIND_DOCKER: 'docker',
};

const REGISTRY = /^[a-z0-9.-]+(:[0-9]{1,5})?$/;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const LABEL_KEY = /^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
const TAINT = /^([^=:\s]+)(?:=([^:\s]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/;
const MODULE = /^[a-z0-9_-]{1,64}$/;
const SYSCTL = /^[a-z0-9_]+(\.[a-z0-9_-]+)+$/;

function overrides(text: string, issues: SpecIssue[]): Record<string, unknown> {
  if (!text.trim()) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    issues.push({ path: 'spec.kubelet_config_overrides_json', message: `not JSON: ${(e as Error).message}` });
    return {};
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    issues.push({ path: 'spec.kubelet_config_overrides_json', message: 'a JSON object of KubeletConfiguration fields' });
    return {};
  }
  const fixed = Object.keys(doc).filter(
    (k) => (PROTECTED_KUBELET_FIELDS as readonly string[]).includes(k) || k === 'apiVersion' || k === 'kind',
  );
  if (fixed.length)
    issues.push({ path: 'spec.kubelet_config_overrides_json', message: `kdeploy fixes ${fixed.join(', ')}; they cannot be overridden` });
  return doc as Record<string, unknown>;
}

/** NodeSpec checked, every bad field named, the contract's defaults applied. */
export function nodeSettings(spec: nodeV1.NodeSpec__Output | null | undefined): NodeSettings {
  if (!spec) throw new SpecError([{ path: 'spec', message: 'required: the node settings derived from the cluster spec' }]);
  const issues: SpecIssue[] = [];
  const dns = canonicalIp(spec.clusterDnsIp);
  if (!dns) issues.push({ path: 'spec.cluster_dns_ip', message: 'the cluster DNS service IP, derived from the service CIDR' });
  if (!DNS_NAME.test(spec.clusterDomain || 'cluster.local'))
    issues.push({ path: 'spec.cluster_domain', message: 'a DNS domain such as cluster.local' });
  if (spec.podCidr && !parseCidr(spec.podCidr)) issues.push({ path: 'spec.pod_cidr', message: 'a CIDR such as 10.244.0.0/16' });
  for (const [k, v] of Object.entries(spec.nodeLabels))
    if (!LABEL_KEY.test(k) || !LABEL_VALUE.test(v)) issues.push({ path: 'spec.node_labels', message: `${k}=${v}: not a label` });
  const taints: Taint[] = [];
  for (const t of spec.taints) {
    const m = TAINT.exec(t);
    if (!m || !LABEL_KEY.test(m[1])) issues.push({ path: 'spec.taints', message: `${t}: key=value:NoSchedule|PreferNoSchedule|NoExecute` });
    else taints.push({ key: m[1], value: m[2] ?? '', effect: m[3] as Taint['effect'] });
  }
  const prep = spec.hostPreparation;
  const selinux = prep?.selinux ?? '';
  if (!['', 'permissive', 'disabled'].includes(selinux))
    issues.push({ path: 'spec.host_preparation.selinux', message: 'permissive, disabled or empty' });
  for (const m of prep?.kernelModules ?? [])
    if (!MODULE.test(m)) issues.push({ path: 'spec.host_preparation.kernel_modules', message: `${m}: not a module name` });
  for (const [k, v] of Object.entries(prep?.sysctls ?? {}))
    if (!SYSCTL.test(k) || !/^[\w.: -]{1,64}$/.test(v))
      issues.push({ path: 'spec.host_preparation.sysctls', message: `${k}=${v}: not a sysctl` });
  const mirrors = (spec.runtime?.registryMirrors ?? []).map((m) => ({ registry: m.registry, endpoints: m.endpoints }));
  for (const m of mirrors) {
    if (!DNS_NAME.test(m.registry.split(':')[0]) || m.endpoints.some((e) => !URL.canParse(e) || !/^https?:$/.test(new URL(e).protocol)))
      issues.push({ path: 'spec.runtime.registry_mirrors', message: `${m.registry}: a registry host and http(s) mirror URLs` });
  }
  const insecureRegistries = spec.runtime?.insecureRegistries ?? [];
  for (const r of insecureRegistries)
    if (!REGISTRY.test(r)) issues.push({ path: 'spec.runtime.insecure_registries', message: `${r}: a registry as host or host:port` });
  const docker = {
    storageDriver: spec.runtime?.docker?.storageDriver || 'overlay2',
    logMaxSize: spec.runtime?.docker?.logMaxSize || '100m',
    logMaxFiles: spec.runtime?.docker?.logMaxFiles || 3,
  };
  if (!/^[a-z0-9-]+$/.test(docker.storageDriver))
    issues.push({ path: 'spec.runtime.docker.storage_driver', message: `${docker.storageDriver}: a storage driver name such as overlay2` });
  if (!/^[1-9][0-9]*[kmg]$/.test(docker.logMaxSize))
    issues.push({ path: 'spec.runtime.docker.log_max_size', message: `${docker.logMaxSize}: a size such as 100m (k, m or g)` });
  const hostRuntimes: Record<string, Runtime> = {};
  for (const [host, kind] of Object.entries(spec.hostRuntimes ?? {})) {
    const r = RUNTIMES[kind];
    if (!r) issues.push({ path: 'spec.host_runtimes', message: `${host}: ${kind} is not a runtime (containerd or docker)` });
    else hostRuntimes[host] = r;
  }
  const kubeletOverrides = overrides(spec.kubeletConfigOverridesJson, issues);
  if (issues.length || !dns) throw new SpecError(issues);
  return {
    kubernetesVersion: spec.kubernetesVersion,
    clusterDnsIp: dns,
    clusterDomain: spec.clusterDomain || 'cluster.local',
    podCidr: spec.podCidr,
    proxyMode: PROXY_MODES[spec.proxyMode],
    maxPods: spec.maxPods || 110,
    nodeLabels: spec.nodeLabels,
    taints,
    prep: {
      disableSwap: prep?.disableSwap ?? true,
      selinux: selinux as NodeSettings['prep']['selinux'],
      modules: prep?.kernelModules ?? [],
      sysctls: prep?.sysctls ?? {},
    },
    allowCgroupV1: spec.allowCgroupV1,
    kubeletOverrides,
    registryMirrors: mirrors,
    insecureRegistries,
    runtime: spec.runtime ? (RUNTIMES[spec.runtime.kind] ?? 'containerd') : 'containerd',
    hostRuntimes,
    docker,
  };
}
