import { SpecError, SpecIssue } from '@kdeploy/errors';
import { canonicalIp, parseCidr } from '@kdeploy/cluster-spec';
import { AUDIT_LOG } from './layout';

/** One master: its name, and the address its apiserver advertises and binds. */
export interface MasterHost {
  name: string;
  address: string;
}

/** Audit log rotation, as security.md asks for it (maxage 30, maxbackup 10, maxsize 100). */
export interface AuditSettings {
  path: string;
  maxAgeDays: number;
  maxBackups: number;
  maxSizeMb: number;
}

/**
 * MasterSpec's values with every default applied, as the request derived them. Holds no
 * secret (the encryption key is a parameter of the encryption config only), so settings may
 * be logged and shown in a plan.
 */
export interface MasterSettings {
  /** e.g. "v1.37.2"; picks the version table. */
  kubernetesVersion: string;
  clusterName: string;
  /** The apiservers' own port (MasterSpec.secure_port); a load balancer in front may listen on another. */
  securePort: number;
  serviceCidr: string;
  podCidr: string;
  allocateNodeCidrs: boolean;
  nodeCidrMaskSize: number;
  /** Empty: the apiserver's default (30000-32767). */
  serviceNodePortRange: string;
  clusterDomain: string;
  /** https URLs, IPv6 hosts in brackets, as libs/cluster-spec derived them. */
  etcdEndpoints: readonly string[];
  audit: AuditSettings;
  featureGates: Readonly<Record<string, boolean>>;
}

/** What a caller gives: MasterSettings where 0, '' or a missing value means the default. */
export type MasterSettingsInput = Omit<Partial<MasterSettings>, 'audit'> &
  Pick<MasterSettings, 'kubernetesVersion' | 'serviceCidr' | 'etcdEndpoints'> & { audit?: Partial<AuditSettings> };

const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const FEATURE_GATE = /^[A-Z][A-Za-z0-9]*$/;

function checkPodCidr(s: MasterSettings, issues: SpecIssue[]): void {
  if (!s.allocateNodeCidrs && !s.podCidr) return;
  const pod = parseCidr(s.podCidr);
  if (!pod) {
    issues.push({ path: 'spec.pod_cidr', message: 'a CIDR such as 10.244.0.0/16, required to allocate node CIDRs' });
    return;
  }
  const bits = pod.family === 4 ? 32 : 128;
  // The controller-manager's node IPAM refuses a per-node mask more than 16 bits longer than the cluster's.
  if (s.nodeCidrMaskSize <= pod.prefix || s.nodeCidrMaskSize > bits || s.nodeCidrMaskSize - pod.prefix > 16)
    issues.push({ path: 'spec.node_cidr_mask_size', message: `longer than the pod CIDR's /${pod.prefix} by 1 to 16 bits` });
}

function check(s: MasterSettings): void {
  const issues: SpecIssue[] = [];
  if (!parseCidr(s.serviceCidr)) issues.push({ path: 'spec.service_cidr', message: 'a CIDR such as 10.96.0.0/12' });
  checkPodCidr(s, issues);
  const range = /^(\d+)-(\d+)$/.exec(s.serviceNodePortRange);
  if (s.serviceNodePortRange && (!range || Number(range[1]) >= Number(range[2]) || Number(range[2]) > 65535))
    issues.push({ path: 'spec.service_node_port_range', message: 'a port range such as 30000-32767' });
  if (!DNS_NAME.test(s.clusterDomain)) issues.push({ path: 'spec.cluster_domain', message: 'a DNS domain such as cluster.local' });
  if (!s.etcdEndpoints.length) issues.push({ path: 'spec.etcd_endpoints', message: 'at least one etcd client URL' });
  for (const url of s.etcdEndpoints) {
    // URL refuses an IPv6 host without brackets, which etcd's client would misread as host:port.
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol !== 'https:' || parsed.pathname !== '/' || !parsed.port)
      issues.push({ path: 'spec.etcd_endpoints', message: `${url}: an https URL with a port, IPv6 in brackets` });
  }
  if (!s.audit.path.startsWith('/') || s.audit.path.split('/').includes('..'))
    issues.push({ path: 'spec.audit.path', message: 'an absolute path without ".."' });
  for (const name of Object.keys(s.featureGates))
    if (!FEATURE_GATE.test(name)) issues.push({ path: 'spec.feature_gates', message: `${name}: not a feature gate name` });
  if (!Number.isInteger(s.securePort) || s.securePort < 1 || s.securePort > 65535)
    issues.push({ path: 'spec.secure_port', message: 'the apiservers listen on a port from 1 to 65535' });
  if (issues.length) throw new SpecError(issues);
}

/** MasterSettings with the contract's defaults applied, refused with every bad field named. */
export function masterSettings(input: MasterSettingsInput): MasterSettings {
  const podFamily = parseCidr(input.podCidr ?? '')?.family;
  const settings: MasterSettings = {
    kubernetesVersion: input.kubernetesVersion,
    clusterName: input.clusterName || 'kubernetes',
    securePort: input.securePort || 6443,
    serviceCidr: input.serviceCidr,
    podCidr: input.podCidr ?? '',
    allocateNodeCidrs: input.allocateNodeCidrs ?? false,
    // The controller-manager's own defaults per family; the contract's "0 means 24" is the IPv4 case.
    nodeCidrMaskSize: input.nodeCidrMaskSize || (podFamily === 6 ? 64 : 24),
    serviceNodePortRange: input.serviceNodePortRange ?? '',
    clusterDomain: input.clusterDomain || 'cluster.local',
    etcdEndpoints: input.etcdEndpoints,
    audit: {
      path: input.audit?.path || AUDIT_LOG,
      maxAgeDays: input.audit?.maxAgeDays || 30,
      maxBackups: input.audit?.maxBackups || 10,
      maxSizeMb: input.audit?.maxSizeMb || 100,
    },
    featureGates: input.featureGates ?? {},
  };
  check(settings);
  return settings;
}

/** A master host checked: its address goes bare into --advertise-address and --bind-address. */
export function masterHost(name: string, address: string): MasterHost {
  const canonical = canonicalIp(address);
  if (!canonical) throw new SpecError([{ path: `target.hosts[${name}].address`, message: `${address}: not an IP address` }]);
  return { name, address: canonical };
}
