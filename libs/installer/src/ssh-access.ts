import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpecError } from '@kdeploy/errors';
import type { Logger } from '@kdeploy/logging';
import { commonV1 } from '@kdeploy/proto';
import { HostConnection, HostKeyPolicy, SshPool } from '@kdeploy/ssh';
import { TargetHost } from './target';

/** SSH connections for one call: opened on first use, closed (and temp files removed) by close(). */
export interface SshAccess {
  connect(host: TargetHost): HostConnection;
  close(): Promise<void>;
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
  } else if (ssh.hostKeyVerification === 'knownHosts' || ssh.trustOnFirstUse) {
    dir = mkdtempSync(join(tmpdir(), tempPrefix));
    const file = join(dir, 'known_hosts');
    writeFileSync(file, ssh.knownHosts ?? '', { mode: 0o600 });
    policyFor = () => ({ knownHostsFile: file, trustOnFirstUse: ssh.trustOnFirstUse });
  } else {
    throw new SpecError([{ path: 'target.ssh', message: 'known_hosts or pinned host keys are required (or trust_on_first_use)' }]);
  }
  const pool = new SshPool();
  return {
    connect(target) {
      return pool.get({
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
    },
    async close() {
      await pool.closeAll();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
