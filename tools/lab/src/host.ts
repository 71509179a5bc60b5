import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { LabError, tail } from './exec';
import { HostIdentity, hasIdentity, makeIdentity, readIdentity } from './identity';
import { installLabUnits } from './lab-units';
import { mountOverlay, unmountAll } from './mounts';
import { HostPlan } from './naming';
import { createHostNetwork, removeHostNetwork } from './network';
import { HostDirs } from './paths';
import { isAlive, stopProcess } from './processes';
import { createHostCgroups, joinCgroupsAndExec, removeHostCgroups } from './cgroups';

/** nspawn options that let a host run a container runtime (see the lab README's last section). */
export const SYSCALL_FILTER =
  '@system-service @mount @privileged @raw-io @clock @cpu-emulation @debug @keyring @module @obsolete @reboot @resources @swap';

/** The nspawn argv of a host; --directory= is spelled out so that leftovers can be found by it. */
export function nspawnArgv(host: HostPlan, dirs: HostDirs): string[] {
  return [
    'systemd-nspawn',
    `--directory=${dirs.root}`,
    '--boot',
    '--register=no',
    '--keep-unit',
    `--network-namespace-path=/run/netns/${host.name}`,
    `--machine=${host.name}`,
    '--capability=all',
    `--system-call-filter=${SYSCALL_FILTER}`,
    '--link-journal=no',
    '--resolv-conf=off',
    '--timezone=off',
    // the kubelet's OOM watcher reads the kernel log
    '--bind-ro=/dev/kmsg',
    // containerd's overlayfs snapshotter cannot put its layers on the host's overlay root
    // (an upper dir on overlayfs is refused): its state lives on a plain directory, like a disk
    `--bind=${dirs.containerdDir}:/var/lib/containerd`,
    // Docker's overlay2 storage driver likewise (else dockerd falls back to vfs, a full copy per layer)
    `--bind=${dirs.dockerDir}:/var/lib/docker`,
  ];
}

/**
 * Mounts the host's root and makes its identity once. A host dir without identity.json
 * is the remains of an interrupted run and is started over; one with it keeps its upper
 * dir, which is how power-off and power-on keep the same machine-id and host keys.
 */
export async function prepareHost(dirs: HostDirs, rootfs: string, name: string, authorizedKey: string): Promise<HostIdentity> {
  if (!hasIdentity(dirs.identityFile)) {
    await unmountAll(dirs.dir);
    rmSync(dirs.dir, { recursive: true, force: true });
  }
  for (const d of [dirs.upper, dirs.work, dirs.root, dirs.containerdDir, dirs.dockerDir]) mkdirSync(d, { recursive: true });
  await mountOverlay(rootfs, dirs.upper, dirs.work, dirs.root);
  if (hasIdentity(dirs.identityFile)) return readIdentity(dirs.root);
  const identity = await makeIdentity(dirs.root, name, authorizedKey);
  installLabUnits(dirs.root);
  writeFileSync(dirs.identityFile, JSON.stringify(identity, null, 2));
  return identity;
}

/** Boots the host: fresh network namespace, then nspawn detached with its console to a file. */
export async function bootHost(host: HostPlan, dirs: HostDirs): Promise<number> {
  await createHostNetwork(host);
  const log = openSync(dirs.consoleLog, 'w');
  // a fresh cgroup per host in every hierarchy, joined before nspawn starts (cgroups.ts)
  await removeHostCgroups(host.name);
  const [cmd, ...args] = [...joinCgroupsAndExec(createHostCgroups(host.name)), ...nspawnArgv(host, dirs)];
  const child = spawn(cmd, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, SYSTEMD_NSPAWN_API_VFS_WRITABLE: '1' },
  });
  closeSync(log);
  if (child.pid === undefined) throw new LabError(`${host.name}: systemd-nspawn did not start`);
  child.unref();
  writeFileSync(dirs.pidFile, `${child.pid}\n`);
  return child.pid;
}

/** The PID of the host's nspawn when it is running, else undefined. */
export function runningPid(dirs: HostDirs): number | undefined {
  if (!existsSync(dirs.pidFile)) return undefined;
  const pid = Number(readFileSync(dirs.pidFile, 'utf8').trim());
  if (!pid || !isAlive(pid)) return undefined;
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  return cmdline.includes(`--directory=${dirs.root}`) ? pid : undefined;
}

/**
 * Stops the host (SIGTERM halts it cleanly; SIGKILL is a crash) and frees its network;
 * the overlay stays mounted-or-not as the caller decides, the upper dir always stays.
 */
export async function stopHost(host: HostPlan, dirs: HostDirs, signal: NodeJS.Signals, graceMs = 20_000): Promise<string> {
  const pid = runningPid(dirs);
  const how = pid === undefined ? 'was not running' : await stopProcess(pid, graceMs, signal);
  // a SIGKILLed nspawn leaves its payload (systemd, sshd, pods) running: end it too
  const leftovers = await removeHostCgroups(host.name);
  rmSync(dirs.pidFile, { force: true });
  await removeHostNetwork(host.name, host.veth);
  return leftovers > 0 ? `${how}, ${leftovers} leftover process(es) killed` : how;
}

/** Last lines of a host's console, for errors that say why a boot failed. */
export function consoleTail(dirs: HostDirs, lines = 20): string {
  try {
    return tail(readFileSync(dirs.consoleLog, 'utf8'), lines);
  } catch {
    return '(no console log)';
  }
}
