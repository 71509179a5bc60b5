import { readdirSync, readFileSync } from 'node:fs';

/** A systemd-nspawn process that runs a lab host. */
export interface NspawnProcess {
  pid: number;
  name: string;
}

/**
 * Finds nspawn processes whose --directory is under the lab's hosts dir: this is how `lab
 * down` finds hosts of a killed run, and why nothing else's nspawn is ever touched.
 */
export function labNspawnProcesses(hostsDir: string): NspawnProcess[] {
  const found: NspawnProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv = readArgv(Number(entry));
    const name = nspawnHostName(argv, hostsDir);
    if (name) found.push({ pid: Number(entry), name });
  }
  return found;
}

/** The host name of a lab nspawn argv, or undefined for any other process. */
export function nspawnHostName(argv: string[], hostsDir: string): string | undefined {
  if (!argv[0]?.endsWith('systemd-nspawn')) return undefined;
  const prefix = `--directory=${hostsDir}/`;
  const dirArg = argv.find((a) => a.startsWith(prefix));
  if (!dirArg) return undefined;
  return dirArg.slice(prefix.length).split('/')[0];
}

function readArgv(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** True while the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if it has not ended within graceMs; resolves when it is gone. */
export async function stopProcess(pid: number, graceMs: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<'stopped' | 'killed'> {
  signalQuietly(pid, signal);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(100);
  }
  signalQuietly(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(50);
  return 'killed';
}

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/**
 * SIGKILLs every PID `list` returns until it returns none (at most 5 s): processes a host left
 * behind, found by its cgroups or its network namespace. Returns how many were killed.
 */
export async function killAll(list: () => number[] | Promise<number[]>): Promise<number> {
  let killed = 0;
  for (let round = 0; round < 50; round++) {
    const pids = await list();
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {
        // ended already
      }
    }
    await sleep(100);
  }
  return killed;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
