import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpecError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { commonV1 } from '@kdeploy/proto';
import { HostConnection, HostKeyPolicy, SharedSshHosts } from '@kdeploy/ssh';
import { TargetHost } from './target';

/** SSH connections for one call: taken on first use, given back (and temp files removed) by close(). */
export interface SshAccess {
  connect(host: TargetHost): HostConnection;
  close(): Promise<void>;
}

/** The process's connections, shared by calls with the same SSH options (SharedSshHosts). */
const shared = new SharedSshHosts();

/** Closes the connections kept for later calls: an installer server does when it stops, so its process can end. */
export const closeSharedConnections = (): Promise<void> => shared.closeAll();

let knownHostsDir: string | undefined;

/**
 * A known_hosts text in a private file named by its hash, kept for the process's life: a
 * shared connection that is opened again after the call that made it still checks the host
 * key against it.
 */
function knownHostsFile(text: string): string {
  if (!knownHostsDir) {
    const dir = mkdtempSync(join(tmpdir(), 'kd-known-hosts-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    knownHostsDir = dir;
  }
  const file = join(knownHostsDir, createHash('sha256').update(text).digest('hex'));
  if (!existsSync(file)) writeFileSync(file, text, { mode: 0o600 });
  return file;
}

/**
 * Builds connections from the request's SshConnection. A known_hosts text goes to a private
 * temp file because the SSH lib verifies against a file; no setting accepts an unknown key
 * unless the caller asked for trust-on-first-use.
 */
export function sshAccess(ssh: commonV1.SshConnection__Output | null, logger: Logger, tempPrefix = 'kd-installer-ssh-'): SshAccess {
  if (!ssh) throw new SpecError([{ path: 'target.ssh', message: 'required' }]);
  if (!ssh.privateKey && !ssh.password) throw new SpecError([{ path: 'target.ssh', message: 'private_key or password is required' }]);
  let dir: string | undefined;
  let policyFor: (host: string) => HostKeyPolicy;
  if (ssh.hostKeyVerification === 'pinned') {
    const pins = new Map((ssh.pinned?.pins ?? []).map((p) => [p.host, p.fingerprint]));
    policyFor = (host) => {
      const fingerprint = pins.get(host);
      if (!fingerprint) throw new SpecError([{ path: 'target.ssh.pinned', message: `no host key pin for ${host}` }]);
      return { fingerprint };
    };
  } else if (ssh.trustOnFirstUse) {
    // the call's own file, which learns keys: its connections are not shared
    dir = mkdtempSync(join(tmpdir(), tempPrefix));
    const file = join(dir, 'known_hosts');
    writeFileSync(file, ssh.knownHosts ?? '', { mode: 0o600 });
    policyFor = () => ({ knownHostsFile: file, trustOnFirstUse: true });
  } else if (ssh.hostKeyVerification === 'knownHosts') {
    const file = knownHostsFile(ssh.knownHosts ?? '');
    policyFor = () => ({ knownHostsFile: file });
  } else {
    throw new SpecError([{ path: 'target.ssh', message: 'known_hosts or pinned host keys are required (or trust_on_first_use)' }]);
  }
  const leases = new Map<string, HostConnection>();
  return {
    connect(target) {
      const held = leases.get(target.name);
      if (held) return held;
      const lease = shared.lease({
        host: target.name,
        address: target.address,
        port: target.sshPort,
        username: ssh.user || 'root',
        ...(ssh.privateKey ? { privateKey: ssh.privateKey } : { password: ssh.password }),
        ...(ssh.passphrase ? { passphrase: ssh.passphrase } : {}),
        ...(ssh.sudoPassword ? { sudoPassword: ssh.sudoPassword } : {}),
        hostKey: policyFor(target.name),
        connectTimeoutMs: ssh.connectTimeoutMs || 10_000,
        logger,
      });
      leases.set(target.name, lease);
      return lease;
    },
    async close() {
      const held = [...leases.values()];
      leases.clear();
      await Promise.allSettled(held.map((c) => c.close()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
