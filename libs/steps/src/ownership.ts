import type { HostConnection } from '@kdeploy/ssh';
import { sh } from '@kdeploy/ssh';
import type { HostOps } from './host-ops';

/**
 * Where a host records the kdeploy cluster that owns it. Every installer checks it in its
 * preflight and writes it in its apply, so a second cluster cannot take over the hosts of a
 * first by accident (new CAs and certificates on a host would break the running cluster).
 */
export const OWNER_FILE = '/etc/kdeploy/cluster';

/** The cluster id the host records, or undefined for a host no cluster owns. */
export async function hostOwner(host: HostConnection, signal?: AbortSignal): Promise<string | undefined> {
  const r = await host.exec(sh`cat -- ${OWNER_FILE}`, { signal, allowFailure: true });
  return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
}

/** Why `clusterId` may not use a host that `owner` owns, or undefined when it may. */
export function ownershipProblem(owner: string | undefined, clusterId: string, takeOver: boolean): string | undefined {
  if (owner === undefined || owner === clusterId || takeOver) return undefined;
  return `the host belongs to cluster ${owner}; deploying cluster ${clusterId} on it would break that cluster (to take the host over, set takeOverHosts: true in the spec)`;
}

/** Records `clusterId` as the host's owner (a planned change the first time, nothing after). */
export function recordOwner(ops: HostOps, clusterId: string): Promise<boolean> {
  return ops.ensureFile({ path: OWNER_FILE, content: `${clusterId}\n`, mode: 0o644 });
}
