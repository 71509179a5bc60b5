import type { LabHost, LabInfo } from '@kdeploy/testing';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fingerprint, HostIdentity, knownHostsLine } from './identity';
import { HostPlan } from './naming';
import { LabPaths } from './paths';

/** Reads .lab/state.json, or undefined when the lab is down. */
export function readState(paths: LabPaths): LabInfo | undefined {
  if (!existsSync(paths.stateFile)) return undefined;
  return JSON.parse(readFileSync(paths.stateFile, 'utf8')) as LabInfo;
}

/** The state for a set of hosts and their identities, in host order. */
export function buildState(paths: LabPaths, hosts: { plan: HostPlan; identity: HostIdentity }[]): LabInfo {
  const labHosts: LabHost[] = [...hosts]
    .sort((a, b) => a.plan.index - b.plan.index)
    .map(({ plan, identity }) => ({
      name: plan.name,
      address: plan.address,
      hostKeyFingerprint: fingerprint(identity.hostKey),
      machineId: identity.machineId,
    }));
  return {
    hosts: labHosts,
    privateKeyFile: paths.privateKey,
    knownHostsFile: paths.knownHosts,
    artifactsDir: paths.artifactsDir,
  };
}

/** Writes known_hosts, pinning each host's ed25519 key by its address. */
export function writeKnownHosts(paths: LabPaths, hosts: { plan: HostPlan; identity: HostIdentity }[]): void {
  const lines = hosts.map(({ plan, identity }) => knownHostsLine(plan.address, identity.hostKey));
  writeAtomic(paths.knownHosts, `${lines.join('\n')}\n`);
}

/** Writes state.json; done last, so that a state file always describes hosts that answered. */
export function writeState(paths: LabPaths, state: LabInfo): void {
  writeAtomic(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the files that describe running hosts; the client key and artifacts stay for next time. */
export function removeState(paths: LabPaths): void {
  rmSync(paths.stateFile, { force: true });
  rmSync(paths.knownHosts, { force: true });
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text, { mode: 0o644 });
  renameSync(`${path}.tmp`, path);
}
