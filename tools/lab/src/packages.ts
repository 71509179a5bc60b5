import { readdirSync, readlinkSync } from 'node:fs';
import { run, runRaw, LabError } from './exec';

/** Debian packages this machine needs: nspawn and debootstrap for hosts, the rest for artifacts. */
export const HOST_PACKAGES = [
  'systemd-container',
  'debootstrap',
  'iproute2',
  'openssh-client',
  'etcd-server',
  'etcd-client',
  'containerd',
  'runc',
  'containernetworking-plugins',
];

/** Daemons whose package postinst may start them; none may be left running on this machine. */
const DAEMONS = ['/usr/bin/etcd', '/usr/bin/containerd'];

/** Packages of the list that are not installed (dpkg's "install ok installed" is the test). */
export async function missingPackages(names: string[] = HOST_PACKAGES): Promise<string[]> {
  const r = await runRaw(['dpkg-query', '-W', '-f', '${Package} ${Status}\n', ...names]);
  const installed = new Set(
    r.stdout
      .split('\n')
      .filter((l) => l.endsWith(' install ok installed'))
      .map((l) => l.split(' ')[0]),
  );
  return names.filter((n) => !installed.has(n));
}

/** Installs what is missing (one apt-get update, then one install) and stops daemons it started. */
export async function ensurePackages(): Promise<string> {
  const missing = await missingPackages();
  if (missing.length === 0) return 'all present';
  const before = daemonPids();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run(['apt-get', 'update'], { env });
  await run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing], { env });
  for (const pid of daemonPids()) {
    if (!before.has(pid)) process.kill(pid, 'SIGTERM');
  }
  const still = await missingPackages();
  if (still.length > 0) throw new LabError(`apt-get install did not install: ${still.join(', ')}`);
  return `installed ${missing.join(', ')}`;
}

/** PIDs of processes running one of DAEMONS, read from /proc/PID/exe. */
function daemonPids(): Set<number> {
  const pids = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (DAEMONS.includes(readlinkSync(`/proc/${entry}/exe`))) pids.add(Number(entry));
    } catch {
      // the process ended or is not ours to read: not a daemon we started
    }
  }
  return pids;
}

/** Version and architecture of an installed package, as dpkg records them. */
export async function packageVersion(pkg: string): Promise<{ version: string; arch: string }> {
  const out = await run(['dpkg-query', '-W', '-f', '${Version} ${Architecture}', pkg]);
  const [version, arch] = out.trim().split(' ');
  return { version, arch };
}
