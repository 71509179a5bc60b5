import { existsSync } from 'node:fs';
import { LabCommandError, run, runRaw, succeeds } from './exec';
import { BRIDGE, GATEWAY, GUARD_ROUTE, HostPlan, PREFIX_LENGTH, isLabNetnsName, isLabVethName } from './naming';
import { killAll } from './processes';

/** The bridge every host's veth joins, and the guard route; both idempotent. */
export async function ensureBridge(): Promise<void> {
  if (!(await succeeds(['ip', 'link', 'show', BRIDGE]))) {
    await run(['ip', 'link', 'add', BRIDGE, 'type', 'bridge']);
  }
  await run(['ip', 'addr', 'replace', `${GATEWAY}/${PREFIX_LENGTH}`, 'dev', BRIDGE]);
  await run(['ip', 'link', 'set', BRIDGE, 'up']);
  await run(['ip', 'route', 'replace', 'unreachable', GUARD_ROUTE]);
}

/** A fresh namespace with eth0 at the host's address; whatever was left of it is removed first. */
export async function createHostNetwork(host: HostPlan): Promise<void> {
  await removeHostNetwork(host.name, host.veth);
  await run(['ip', 'netns', 'add', host.name]);
  await run(['ip', 'link', 'add', host.veth, 'type', 'veth', 'peer', 'name', 'eth0', 'address', host.mac, 'netns', host.name]);
  await run(['ip', 'link', 'set', host.veth, 'master', BRIDGE, 'up']);
  const inNs = (args: string[]) => run(['ip', '-n', host.name, ...args]);
  await inNs(['addr', 'add', `${host.address}/${PREFIX_LENGTH}`, 'dev', 'eth0']);
  await inNs(['link', 'set', 'eth0', 'up']);
  await inNs(['link', 'set', 'lo', 'up']);
  await inNs(['route', 'add', 'default', 'via', GATEWAY]);
  // a leftover neighbour entry from an earlier run could still point at another MAC
  await runRaw(['ip', 'neigh', 'flush', 'to', host.address, 'dev', BRIDGE]);
}

/**
 * Removes a host's namespace and veth if present (deleting the namespace also drops eth0).
 * Any process still in the namespace is killed first: deleting only the name would leave a
 * host whose nspawn died (systemd, sshd, containers) running on, unreachable.
 */
export async function removeHostNetwork(name: string, veth: string): Promise<number> {
  let killed = 0;
  if (existsSync(`/run/netns/${name}`)) {
    killed = await killAll(async () => (await runRaw(['ip', 'netns', 'pids', name])).stdout.split('\n').filter(Boolean).map(Number));
    await run(['ip', 'netns', 'del', name]);
  }
  // the kernel drops the veth pair asynchronously after the namespace goes, so it may
  // vanish between the check and the delete: "Cannot find device" means done
  const r = await runRaw(['ip', 'link', 'del', veth]);
  if (r.code !== 0 && !r.stderr.includes('Cannot find device')) {
    throw new LabCommandError(['ip', 'link', 'del', veth], r.code, r.stderr.trim());
  }
  return killed;
}

/** A partition: the host's veth goes down, so packets to and from it are dropped. */
export async function setLinkUp(veth: string, up: boolean): Promise<void> {
  await run(['ip', 'link', 'set', veth, up ? 'up' : 'down']);
}

/** True when the host's veth exists and is administratively up. */
export async function isLinkUp(veth: string): Promise<boolean> {
  const r = await runRaw(['ip', '-o', 'link', 'show', veth]);
  return r.code === 0 && /<[^>]*\bUP\b[^>]*>/.test(r.stdout);
}

/** Lab namespaces present now, including those of a killed run. */
export async function labNamespaces(): Promise<string[]> {
  const r = await runRaw(['ip', 'netns', 'list']);
  return r.stdout
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter(isLabNetnsName);
}

/** Lab veths present now (host side), including those of a killed run. */
export async function labVeths(): Promise<string[]> {
  const r = await runRaw(['ip', '-o', 'link', 'show']);
  return r.stdout
    .split('\n')
    .map((l) => l.split(':')[1]?.trim().split('@')[0] ?? '')
    .filter(isLabVethName);
}

/** Removes the bridge and the guard route; only ever the lab's own (by exact name and prefix). */
export async function removeBridge(): Promise<void> {
  if (await succeeds(['ip', 'link', 'show', BRIDGE])) await run(['ip', 'link', 'del', BRIDGE]);
  const routes = await runRaw(['ip', 'route', 'show', 'type', 'unreachable', GUARD_ROUTE]);
  if (routes.stdout.trim()) await run(['ip', 'route', 'del', 'unreachable', GUARD_ROUTE]);
}
