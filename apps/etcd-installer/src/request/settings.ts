import { SpecError, SpecIssue } from '@kdeploy/errors';
import { canonicalIp } from '@kdeploy/cluster-spec';
import { TargetHost } from '@kdeploy/installer';
import { etcdV1 } from '@kdeploy/proto';
import type { Sans } from '@kdeploy/x509';
import { initialClusterProblem, urlProblem } from './member-urls';

/** One etcd member host: how to reach it, and the URLs and names the request derived for it. */
export interface MemberHost extends TargetHost {
  clientUrl: string;
  peerUrl: string;
  listenClientUrls: string[];
  listenPeerUrls: string[];
  /** What its server and peer certificates cover. */
  sans: Sans;
}

/** EtcdSpec with every default applied, so no step repeats `|| 2379`. */
export interface EtcdSettings {
  /** etcd minor or release without the `v`; empty: the newest version table, any release. */
  version: string;
  dataDir: string;
  clientPort: number;
  peerPort: number;
  /** --initial-cluster of the members bootstrapping together, as the request derived it. */
  initialCluster: string;
  quotaBackendBytes: number;
  heartbeatIntervalMs: number;
  electionTimeoutMs: number;
  autoCompactionRetention: string;
  /** flanneld's key prefix, without the trailing slash: the etcd user "flannel" reaches only keys below it. */
  flannelPrefix: string;
}

/** The spec's defaults; `spec` may be null when the caller sent none. */
export function settingsOf(spec: etcdV1.EtcdSpec__Output | null | undefined): EtcdSettings {
  const issues: SpecIssue[] = [];
  const dataDir = spec?.dataDir || '/var/lib/etcd';
  if (!dataDir.startsWith('/') || dataDir.split('/').includes('..') || dataDir === '/')
    issues.push({ path: 'spec.data_dir', message: 'an absolute path other than /, without ".."' });
  const retention = spec?.autoCompactionRetention ?? '';
  if (retention && !/^\d+[smh]?$/.test(retention))
    issues.push({ path: 'spec.auto_compaction_retention', message: 'a number of hours or a duration like "30m"' });
  const version = (spec?.version ?? '').replace(/^v/, '');
  if (version && !/^\d+\.\d+(\.\d+)?$/.test(version))
    issues.push({ path: 'spec.version', message: 'an etcd minor or release, e.g. "3.7" or "v3.7.3"' });
  const flannelPrefix = (spec?.flannelPrefix || '/coreos.com/network').replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._-]+)+$/.test(flannelPrefix))
    issues.push({ path: 'spec.flannel_prefix', message: `${spec?.flannelPrefix} is not a key prefix such as /coreos.com/network` });
  if (issues.length) throw new SpecError(issues);
  return {
    version,
    flannelPrefix,
    dataDir,
    clientPort: spec?.clientPort || 2379,
    peerPort: spec?.peerPort || 2380,
    initialCluster: spec?.initialCluster ?? '',
    quotaBackendBytes: Number(spec?.quotaBackendBytes ?? 0),
    heartbeatIntervalMs: spec?.heartbeatIntervalMs ?? 0,
    electionTimeoutMs: spec?.electionTimeoutMs ?? 0,
    autoCompactionRetention: retention,
  };
}

const NONE: Omit<MemberHost, keyof TargetHost> = {
  clientUrl: '',
  peerUrl: '',
  listenClientUrls: [],
  listenPeerUrls: [],
  sans: { dns: [], ips: [] },
};

/**
 * Joins each host with its entry in spec.members. Calls that render units or certificates
 * (`required`) refuse a host without one, or with a URL that is not https; the others (status,
 * removal, snapshots) need only the hosts.
 */
export function withMemberSpecs(
  hosts: readonly TargetHost[],
  spec: { members?: readonly etcdV1.EtcdMemberSpec__Output[]; initialCluster?: string } | null | undefined,
  required: boolean,
): MemberHost[] {
  const byName = new Map((spec?.members ?? []).map((m) => [m.name, m]));
  const issues: SpecIssue[] = [];
  const members = hosts.map((h): MemberHost => {
    const m = byName.get(h.name);
    if (!m) {
      if (required)
        issues.push({
          path: 'spec.members',
          message: `no entry for host ${h.name}: its URLs and SANs come with the request (derived from the cluster spec)`,
        });
      return { ...h, ...NONE };
    }
    if (required) {
      const path = `spec.members[${h.name}]`;
      if (!m.listenClientUrls.length || !m.listenPeerUrls.length)
        issues.push({ path, message: 'client and peer listen URLs are required' });
      const problems = [
        urlProblem(m.clientUrl, h.address),
        urlProblem(m.peerUrl, h.address),
        ...m.listenClientUrls.map((u) => urlProblem(u, h.address, true)),
        ...m.listenPeerUrls.map((u) => urlProblem(u, h.address)),
      ];
      for (const message of problems) if (message) issues.push({ path, message });
      const ips = m.ipAddresses.map((ip) => canonicalIp(ip) ?? ip);
      if (!ips.includes(h.address) || !m.dnsNames.includes(h.name))
        issues.push({ path: `${path}.sans`, message: `the certificate names must cover the member: ${h.name} and ${h.address}` });
    }
    return {
      ...h,
      clientUrl: m.clientUrl,
      peerUrl: m.peerUrl,
      listenClientUrls: m.listenClientUrls,
      listenPeerUrls: m.listenPeerUrls,
      sans: { dns: m.dnsNames, ips: m.ipAddresses },
    };
  });
  if (required && spec?.initialCluster) {
    const problem = initialClusterProblem(spec.initialCluster, (name) => byName.get(name)?.peerUrl);
    if (problem) issues.push({ path: 'spec.initial_cluster', message: problem });
  }
  if (issues.length) throw new SpecError(issues);
  return members;
}

/** `https://ADDR:PORT`, with brackets for IPv6: only for loopback endpoints on a member itself. */
export function url(address: string, port: number): string {
  return `https://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
