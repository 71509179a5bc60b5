import { existsSync, readdirSync } from 'node:fs';
import { runningPid } from './host';
import { planForName } from './naming';
import { isLinkUp } from './network';
import { hostDirs, LabPaths } from './paths';
import { systemState } from './ssh';

export type HostStatus = 'running' | 'unreachable' | 'stopped';

export interface HostStatusLine {
  name: string;
  address: string;
  status: HostStatus;
  /** systemd's own answer when reachable, or why not. */
  detail: string;
}

/** Every host that has a host dir: running (answers over ssh), unreachable, or stopped. */
export async function labStatus(paths: LabPaths): Promise<HostStatusLine[]> {
  const names = existsSync(paths.hostsDir) ? readdirSync(paths.hostsDir) : [];
  const plans = names.flatMap((n) => planForName(n) ?? []).sort((a, b) => a.index - b.index);
  return Promise.all(
    plans.map(async (plan): Promise<HostStatusLine> => {
      const base = { name: plan.name, address: plan.address };
      if (runningPid(hostDirs(paths, plan.name)) === undefined)
        return { ...base, status: 'stopped', detail: 'nspawn not running (powered off or crashed)' };
      const state = existsSync(paths.knownHosts) ? await systemState(plan.address, paths.privateKey, paths.knownHosts) : undefined;
      if (state) return { ...base, status: 'running', detail: `systemd ${state}` };
      const partitioned = !(await isLinkUp(plan.veth));
      return { ...base, status: 'unreachable', detail: partitioned ? 'partitioned (veth down)' : 'no ssh answer' };
    }),
  );
}

/** One aligned line per host. */
export function formatStatus(lines: HostStatusLine[]): string {
  if (lines.length === 0) return 'no lab hosts';
  return lines.map((l) => `${l.name.padEnd(6)} ${l.address.padEnd(12)} ${l.status.padEnd(11)} ${l.detail}`).join('\n');
}
