import { SpecError, SpecIssue } from '@kdeploy/errors';
import { commonV1, etcdV1 } from '@kdeploy/proto';
import { canonicalIp } from '@kdeploy/spec';

/** One etcd member host, as the request names it. */
export interface MemberHost {
  name: string;
  address: string;
  sshPort: number;
}

/** EtcdSpec with every default applied, so no step repeats `|| 2379`. */
export interface EtcdSettings {
  version: string;
  dataDir: string;
  clientPort: number;
  peerPort: number;
  quotaBackendBytes: number;
  heartbeatIntervalMs: number;
  electionTimeoutMs: number;
  autoCompactionRetention: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The spec's defaults; `spec` may be null when the caller sent none. */
export function settingsOf(spec: etcdV1.EtcdSpec__Output | null | undefined): EtcdSettings {
  const issues: SpecIssue[] = [];
  const dataDir = spec?.dataDir || '/var/lib/etcd';
  if (!dataDir.startsWith('/') || dataDir.split('/').includes('..') || dataDir === '/') issues.push({ path: 'spec.data_dir', message: 'an absolute path other than /, without ".."' });
  const retention = spec?.autoCompactionRetention ?? '';
  if (retention && !/^\d+[smh]?$/.test(retention)) issues.push({ path: 'spec.auto_compaction_retention', message: 'a number of hours or a duration like "30m"' });
  if (issues.length) throw new SpecError(issues);
  return {
    version: (spec?.version ?? '').replace(/^v/, ''),
    dataDir,
    clientPort: spec?.clientPort || 2379,
    peerPort: spec?.peerPort || 2380,
    quotaBackendBytes: Number(spec?.quotaBackendBytes ?? 0),
    heartbeatIntervalMs: spec?.heartbeatIntervalMs ?? 0,
    electionTimeoutMs: spec?.electionTimeoutMs ?? 0,
    autoCompactionRetention: retention,
  };
}

/** Validates hosts (names, addresses, duplicates); `role` filters to etcd hosts when set. */
export function membersOf(hosts: readonly commonV1.Host__Output[], path: string, etcdOnly = true): MemberHost[] {
  const issues: SpecIssue[] = [];
  const out: MemberHost[] = [];
  hosts.forEach((h, i) => {
    if (etcdOnly && !h.roles.includes('ROLE_ETCD')) return;
    const address = canonicalIp(h.address);
    if (!DNS_LABEL.test(h.name)) issues.push({ path: `${path}[${i}].name`, message: 'not a lower-case DNS label' });
    if (!address) issues.push({ path: `${path}[${i}].address`, message: 'not an IPv4 or IPv6 address' });
    if (out.some((o) => o.name === h.name)) issues.push({ path: `${path}[${i}].name`, message: `duplicate host name ${h.name}` });
    if (out.some((o) => o.address === address)) issues.push({ path: `${path}[${i}].address`, message: `duplicate address ${h.address}` });
    out.push({ name: h.name, address: address ?? h.address, sshPort: h.port || 22 });
  });
  if (issues.length) throw new SpecError(issues);
  return out;
}

/** `https://ADDR:PORT`, with brackets for IPv6. */
export function url(address: string, port: number): string {
  return `https://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/** etcd's --initial-cluster value for these members. */
export function initialCluster(members: readonly MemberHost[], s: EtcdSettings): string {
  return members.map((m) => `${m.name}=${url(m.address, s.peerPort)}`).join(',');
}
