import { SpecError, SpecIssue } from '@kdeploy/errors';
import { canonicalIp } from '@kdeploy/cluster-spec';
import { commonV1 } from '@kdeploy/proto';

/** One host of a call, as the request names it, its address canonical. */
export interface TargetHost {
  name: string;
  address: string;
  sshPort: number;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const CLUSTER_ID = /^[a-z0-9][-a-z0-9.]{0,62}$/;

/** Target.cluster_id, refused unless it is a usable id (it scopes PKI material and host records). */
export function clusterIdOf(target: commonV1.Target__Output | null | undefined): string {
  const clusterId = target?.clusterId ?? '';
  if (!CLUSTER_ID.test(clusterId))
    throw new SpecError([{ path: 'target.cluster_id', message: 'required: lower-case letters, digits, "-" and "."' }]);
  return clusterId;
}

/**
 * Validates hosts (names, addresses, duplicates), every problem named by its field path;
 * with `role`, only the hosts holding it are checked and returned.
 */
export function targetHosts(hosts: readonly commonV1.Host__Output[], path: string, role?: commonV1.Role__Output): TargetHost[] {
  const issues: SpecIssue[] = [];
  const out: TargetHost[] = [];
  hosts.forEach((h, i) => {
    if (role && !h.roles.includes(role)) return;
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
