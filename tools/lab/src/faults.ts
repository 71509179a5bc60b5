import { existsSync, readFileSync } from 'node:fs';
import { blockPair, unblockPair } from './blocks';
import { LabError } from './exec';
import { prepareHost, runningPid, stopHost } from './host';
import { unmountAll } from './mounts';
import { HostPlan, planForName } from './naming';
import { setLinkUp } from './network';
import { hostDirs, LabPaths } from './paths';
import { Progress } from './progress';
import { ensureRootfs } from './rootfs';
import { ensureClientKey } from './ssh';
import { startAndWait } from './up';

/** The plan of a host that this lab has made; anything else is refused by name. */
export function labHost(paths: LabPaths, name: string): HostPlan {
  const plan = planForName(name);
  if (!plan || !existsSync(hostDirs(paths, name).identityFile)) {
    throw new LabError(`${name} is not a host of this lab (run lab status to see them)`);
  }
  return plan;
}

/** Cuts the host off the network: its veth goes down, so ssh to it times out. */
export async function partition(paths: LabPaths, name: string): Promise<string> {
  await setLinkUp(labHost(paths, name).veth, false);
  return `${name} partitioned (veth down)`;
}

export async function heal(paths: LabPaths, name: string): Promise<string> {
  await setLinkUp(labHost(paths, name).veth, true);
  return `${name} healed (veth up)`;
}

/**
 * Drops one protocol and port between two hosts, both ways, where a network firewall would (see
 * blocks.ts): neither host sees any rule.
 */
export async function block(paths: LabPaths, name: string, peer: string, proto: 'udp' | 'tcp', port: number): Promise<string> {
  await blockPair(labHost(paths, name), labHost(paths, peer), proto, port);
  return `${proto}/${port} between ${name} and ${peer} blocked`;
}

/** Removes every block between the two hosts. */
export async function unblock(paths: LabPaths, name: string, peer: string): Promise<string> {
  await unblockPair(labHost(paths, name), labHost(paths, peer));
  return `${name} and ${peer} unblocked`;
}

/** Clean power-off (SIGTERM halts systemd) or crash (SIGKILL); the upper dir, hence identity, stays. */
export async function powerOff(paths: LabPaths, name: string, signal: 'SIGTERM' | 'SIGKILL'): Promise<string> {
  const plan = labHost(paths, name);
  const dirs = hostDirs(paths, name);
  const how = await stopHost(plan, dirs, signal);
  await unmountAll(dirs.root);
  return signal === 'SIGKILL' ? `${name} crashed (SIGKILL, ${how})` : `${name} powered off (${how})`;
}

/** Boots a stopped host again with the same identity and waits until it answers over ssh. */
export async function powerOn(paths: LabPaths, name: string, progress: Progress): Promise<string> {
  const plan = labHost(paths, name);
  const dirs = hostDirs(paths, name);
  if (runningPid(dirs) !== undefined) return `${name} already running`;
  const rootfs = await ensureRootfs(paths.cacheDir);
  await ensureClientKey(paths.privateKey);
  const before = readFileSync(dirs.identityFile, 'utf8');
  await prepareHost(dirs, rootfs.path, name, readFileSync(paths.publicKey, 'utf8'));
  if (readFileSync(dirs.identityFile, 'utf8') !== before) throw new LabError(`${name}: identity changed on power-on`);
  await startAndWait(paths, plan, true, progress);
  return `${name} powered on`;
}
