import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabInfo } from './lab-info';
import { runLab } from './lab-cli';
import { labFiles } from './repo-root';

/** The lab's state.json, or undefined when no lab is up. */
export function readLabInfo(): LabInfo | undefined {
  const { stateFile } = labFiles();
  return existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as LabInfo) : undefined;
}

/** Names of hosts whose nspawn runs now, as `lab status` reports (reachable or not). */
async function poweredHosts(): Promise<Set<string>> {
  const out = await runLab(['status']);
  return new Set(
    out
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f.length >= 3 && f[2] !== 'stopped')
      .map((f) => f[0]),
  );
}

/**
 * Returns a lab with at least n running hosts, starting it when needed. `npm test` starts
 * the lab once beforehand; this makes one test file runnable alone. Several jest workers
 * may call it at once: `lab up` runs under flock on .lab/lock, and is a quick no-op for
 * whoever comes second.
 */
export async function ensureLab(n = 3): Promise<LabInfo> {
  const current = readLabInfo();
  if (current && current.hosts.length >= n) {
    const powered = await poweredHosts();
    if (current.hosts.slice(0, n).every((h) => powered.has(h.name))) return current;
  }
  const { labDir, lockFile } = labFiles();
  mkdirSync(labDir, { recursive: true });
  await runLab(['up', String(n)], ['flock', lockFile]);
  const info = readLabInfo();
  if (!info || info.hosts.length < n) throw new Error(`lab up ${n} finished but .lab/state.json lists fewer hosts`);
  return info;
}

/** Cuts the host off the network (ssh to it then times out) until healHost. */
export async function partitionHost(name: string): Promise<void> {
  await runLab(['partition', name]);
}

export async function healHost(name: string): Promise<void> {
  await runLab(['heal', name]);
}

/** Drops a protocol and port between two hosts, both ways, in the lab's network (neither host sees a rule), until unblockTraffic. */
export async function blockTraffic(a: string, b: string, proto: 'udp' | 'tcp', port: number): Promise<void> {
  await runLab(['block', a, b, `${proto}/${port}`]);
}

export async function unblockTraffic(a: string, b: string): Promise<void> {
  await runLab(['unblock', a, b]);
}

/** Clean shutdown; the host keeps its disk, machine-id and host keys for powerOnHost. */
export async function powerOffHost(name: string): Promise<void> {
  await runLab(['poweroff', name]);
}

/** Boots a powered-off or crashed host again and resolves once it answers over ssh. */
export async function powerOnHost(name: string): Promise<void> {
  await runLab(['poweron', name]);
}

/** Kills the host at once (SIGKILL of its nspawn), like pulling the plug. */
export async function crashHost(name: string): Promise<void> {
  await runLab(['crash', name]);
}

/** The local path of a binary or image archive of the lab's artifact bundle, from its manifest. */
export function labArtifactPath(lab: LabInfo, name: string): string {
  const manifest = JSON.parse(readFileSync(join(lab.artifactsDir, 'manifest.json'), 'utf8')) as {
    artifacts: { name: string; path: string }[];
  };
  const entry = manifest.artifacts.find((a) => a.name === name);
  if (!entry) throw new Error(`the lab's artifact bundle (${lab.artifactsDir}) lists no ${name}`);
  return join(lab.artifactsDir, entry.path);
}
