import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { verifiedSshOptions } from '@kdeploy/testing';
import { run, runRaw, RunResult } from './exec';
import { sleep } from './processes';

/** Creates the lab's client key pair once; tests and hosts keep using the same one. */
export async function ensureClientKey(privateKey: string): Promise<string> {
  if (!existsSync(privateKey)) {
    mkdirSync(dirname(privateKey), { recursive: true });
    await run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'kdeploy-lab', '-f', privateKey]);
  }
  return readFileSync(`${privateKey}.pub`, 'utf8');
}

/** ssh argv with host keys always verified against the lab's known_hosts (never accept-new). */
export function sshArgv(address: string, privateKey: string, knownHosts: string, command: string[], connectTimeout = 3): string[] {
  return ['ssh', ...verifiedSshOptions(privateKey, knownHosts, connectTimeout), `root@${address}`, '--', ...command];
}

export function ssh(address: string, privateKey: string, knownHosts: string, command: string[], connectTimeout = 3): Promise<RunResult> {
  return runRaw(sshArgv(address, privateKey, knownHosts, command, connectTimeout), { timeoutMs: (connectTimeout + 10) * 1000 });
}

/** What `systemctl is-system-running` says over ssh, or undefined when ssh does not get through. */
export async function systemState(address: string, privateKey: string, knownHosts: string): Promise<string | undefined> {
  const r = await ssh(address, privateKey, knownHosts, ['systemctl', 'is-system-running'], 2);
  const state = r.stdout.trim();
  // ssh exits 255 for its own failures; systemctl exits non-zero for "degraded" or "starting"
  return r.code === 255 || !state ? undefined : state;
}

/**
 * Waits until the host's systemd reports running or degraded over real, verified ssh.
 * `alive` lets the wait stop at once when the host's nspawn has died.
 */
export async function waitForSystem(
  address: string,
  privateKey: string,
  knownHosts: string,
  alive: () => boolean,
  timeoutMs = 120_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  // A process in the middle of exec (the cgroup wrapper becoming nspawn) can read as gone for a
  // moment on a loaded machine: only a second look, a second later, counts as dead.
  const dead = async () => !alive() && (await sleep(1000).then(() => !alive()));
  while (Date.now() < deadline) {
    if (await dead()) throw new Error(`its systemd-nspawn exited (last state: ${last ?? 'no ssh'})`);
    last = await systemState(address, privateKey, knownHosts);
    if (last === 'running' || last === 'degraded') return last;
    await sleep(500);
  }
  throw new Error(`not running after ${timeoutMs / 1000}s (last state: ${last ?? 'no ssh'})`);
}
