/**
 * Rules over the host list: role counts (etcd quorum, at least one master and one node) and
 * uniqueness of names and addresses.
 */
import { formatIp } from '../net/ip';
import { Role } from '../schema/hosts';
import { Report, pathText } from './report';
import { HostView } from './view';

/** etcd member counts that make sense: odd, so a majority survives the most failures per member. */
export const ETCD_MEMBER_COUNTS = [1, 3, 5, 7] as const;

function count(hosts: HostView[], role: Role): number {
  return hosts.filter((h) => h.roles.includes(role)).length;
}

/** Role counts; skipped when some host's roles are unreadable, as the count would be a guess. */
export function checkRoleCounts(hosts: HostView[], report: Report): void {
  if (hosts.length === 0 || hosts.some((h) => !h.rolesKnown)) return;
  const path = ['spec', 'hosts'];
  const etcd = count(hosts, 'etcd');
  if (etcd === 0) {
    report(path, 'no host has the etcd role; at least one is needed (1, 3, 5 or 7)');
  } else if (etcd % 2 === 0) {
    const tolerated = Math.floor((etcd - 1) / 2);
    report(
      path,
      `${etcd} hosts have the etcd role; etcd needs an odd number (1, 3, 5 or 7): a cluster stays available ` +
        `only while a majority of members is up, so ${etcd} members tolerate ${tolerated} failure(s), ` +
        `no more than ${etcd - 1} do, with one more member that can fail`,
    );
  } else if (etcd > 7) {
    report(
      path,
      `${etcd} hosts have the etcd role; at most 7 are supported: every write waits for a majority, so more members only slow writes`,
    );
  }
  if (count(hosts, 'master') === 0) report(path, 'no host has the master role; at least one is needed');
  if (count(hosts, 'node') === 0) report(path, 'no host has the node role; at least one is needed to run workloads');
}

/** Names and addresses must be unique; addresses compare canonically (`FD00::1` is `fd00::1`). */
export function checkUniqueHosts(hosts: HostView[], report: Report): void {
  const names = new Map<string, number>();
  const addresses = new Map<string, number>();
  for (const host of hosts) {
    if (host.name !== undefined) {
      const first = names.get(host.name);
      if (first === undefined) names.set(host.name, host.index);
      else report(['spec', 'hosts', host.index, 'name'], `"${host.name}" is also the name of ${pathText(['spec', 'hosts', first])}`);
    }
    if (host.address !== undefined) {
      const key = formatIp(host.address);
      const first = addresses.get(key);
      if (first === undefined) addresses.set(key, host.index);
      else
        report(
          ['spec', 'hosts', host.index, 'address'],
          `${host.addressText} is also the address of ${pathText(['spec', 'hosts', first])}`,
        );
    }
  }
}

/** Labels, taints and a host's runtime are node settings: on a host without kubelet they would silently do nothing. */
export function checkNodeOnlyFields(hosts: HostView[], report: Report): void {
  for (const host of hosts) {
    if (!host.rolesKnown || host.roles.includes('node')) continue;
    for (const field of ['labels', 'taints', 'containerRuntime'] as const) {
      if (host.hasLabelsOrTaints[field]) {
        report(['spec', 'hosts', host.index, field], 'only allowed on hosts with the node role (this host runs no kubelet)');
      }
    }
  }
}
