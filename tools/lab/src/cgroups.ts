import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { killAll } from './processes';

/**
 * Each lab host gets its own cgroup in every hierarchy of this machine, made before its
 * nspawn starts, so the host's cgroup namespace is rooted there: a kubelet or containerd in
 * one host then sees and manages only its own cgroups, never another host's pods (without
 * this, every host's /kubepods would be the same cgroup). Only directories are made below
 * the hierarchies this process is already in; the machine's cgroup mounts are left as they are.
 */
const CGROUP_ROOT = '/sys/fs/cgroup';
const LAB_GROUP = 'kdeploy-lab';

interface Hierarchy {
  /** Directory name under /sys/fs/cgroup (a controller, or `systemd` for name=systemd). */
  mount: string;
  /** This process's own cgroup path in it, from /proc/self/cgroup. */
  ownPath: string;
}

/** The cgroup v1 hierarchies mounted here, with this process's path in each. */
export function hierarchies(procSelfCgroup = readFileSync('/proc/self/cgroup', 'utf8')): Hierarchy[] {
  const found: Hierarchy[] = [];
  for (const line of procSelfCgroup.split('\n')) {
    const first = line.indexOf(':');
    const second = line.indexOf(':', first + 1);
    if (first < 0 || second < 0) continue;
    const [id, controllers, path] = [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
    // id 0 is the cgroup v2 hierarchy, mounted at /sys/fs/cgroup/unified in hybrid mode:
    // systemd (nspawn included) keeps its own tree there, so hosts need their own in it too
    const mount = id === '0' ? 'unified' : controllers.startsWith('name=') ? controllers.slice(5) : controllers.split(',')[0];
    if (!mount) continue;
    if (existsSync(join(CGROUP_ROOT, mount, 'cgroup.procs'))) found.push({ mount, ownPath: path });
  }
  return found;
}

/** The host's cgroup directory in each hierarchy. */
export function hostCgroupDirs(name: string, list: Hierarchy[] = hierarchies()): string[] {
  return list.map((h) => join(CGROUP_ROOT, h.mount, h.ownPath, LAB_GROUP, name));
}

/** Makes the host's cgroups; cpuset children start empty, so each level copies its parent's cpus and mems. */
export function createHostCgroups(name: string): string[] {
  const dirs = hostCgroupDirs(name);
  for (const dir of dirs) {
    const parent = join(dir, '..');
    for (const d of [parent, dir]) {
      mkdirSync(d, { recursive: true });
      if (existsSync(join(d, 'cpuset.cpus'))) {
        for (const f of ['cpuset.cpus', 'cpuset.mems']) {
          if (readFileSync(join(d, f), 'utf8').trim() === '') writeFileSync(join(d, f), readFileSync(join(d, '..', f), 'utf8'));
        }
      }
    }
  }
  return dirs;
}

/** A shell prefix that moves the shell into the host's cgroups, then execs its arguments. */
export function joinCgroupsAndExec(dirs: string[]): string[] {
  const moves = dirs.map((d) => `echo $$ > '${join(d, 'cgroup.procs')}'`).join(' && ');
  return ['/bin/sh', '-c', `${moves} && exec "$@"`, 'lab-host'];
}

/** PIDs of every process still in the host's cgroups (anything nspawn's stop left behind). */
export function pidsInHostCgroups(name: string): number[] {
  const pids = new Set<number>();
  for (const dir of hostCgroupDirs(name)) for (const d of walk(dir)) for (const p of readPids(d)) pids.add(p);
  return [...pids];
}

/**
 * Kills whatever is left in the host's cgroups, then removes them deepest first. This is what
 * makes `lab down` end a host whose nspawn is gone but whose systemd or sshd still runs.
 */
export async function removeHostCgroups(name: string): Promise<number> {
  thawHostCgroups(name);
  const killed = await killAll(() => pidsInHostCgroups(name));
  for (const dir of hostCgroupDirs(name)) {
    for (const d of walk(dir).reverse()) {
      try {
        rmdirSync(d);
      } catch {
        // busy for a moment after its last process ended; the next `lab down` takes it
      }
    }
  }
  return killed;
}

/**
 * Thaws every frozen cgroup of the host: runc freezes a container's cgroup (v1 freezer) while
 * it sets the cgroup up, and one killed in between leaves it FROZEN, its processes in D state,
 * deaf to SIGKILL until thawed.
 */
export function thawHostCgroups(name: string): void {
  for (const dir of hostCgroupDirs(name)) {
    for (const d of walk(dir)) {
      const state = join(d, 'freezer.state');
      try {
        if (readFileSync(state, 'utf8').trim() !== 'THAWED') writeFileSync(state, 'THAWED');
      } catch {
        // not the freezer hierarchy, or gone meanwhile
      }
    }
  }
}

/** Removes the lab's own parent cgroups once no host is left in them (`lab down`'s last step). */
export function removeLabCgroupRoots(): void {
  for (const h of hierarchies()) {
    try {
      rmdirSync(join(CGROUP_ROOT, h.mount, h.ownPath, LAB_GROUP));
    } catch {
      // absent, or a host still has its cgroups there
    }
  }
}

/** Names of hosts that have cgroups here, so `lab down` finds the leftovers of a killed run. */
export function labCgroupHosts(): string[] {
  const names = new Set<string>();
  for (const h of hierarchies()) {
    const dir = join(CGROUP_ROOT, h.mount, h.ownPath, LAB_GROUP);
    if (existsSync(dir)) for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) names.add(e.name);
  }
  return [...names];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out = [dir];
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) out.push(...walk(join(dir, e.name)));
  return out;
}

function readPids(dir: string): number[] {
  try {
    return readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
