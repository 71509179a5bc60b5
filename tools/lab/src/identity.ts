import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec';

/** What makes a lab host distinct from its siblings on the same rootfs. */
export interface HostIdentity {
  machineId: string;
  /** The host's ed25519 public key line (`ssh-ed25519 AAAA... comment`). */
  hostKey: string;
}

/**
 * Gives the (mounted, not yet booted) host root its own machine-id and SSH host keys.
 * The machine-id comes from systemd-id128 and is written to both places that hold it:
 * systemd-machine-id-setup would copy the shared rootfs's D-Bus id instead.
 */
export async function makeIdentity(root: string, name: string, authorizedKey: string): Promise<HostIdentity> {
  const machineId = (await run(['systemd-id128', 'new'])).trim();
  writeFileSync(join(root, 'etc', 'machine-id'), `${machineId}\n`);
  const dbusId = join(root, 'var', 'lib', 'dbus', 'machine-id');
  mkdirSync(join(root, 'var', 'lib', 'dbus'), { recursive: true });
  rmSync(dbusId, { force: true });
  writeFileSync(dbusId, `${machineId}\n`);

  const sshDir = join(root, 'etc', 'ssh');
  for (const f of readdirSync(sshDir)) if (f.startsWith('ssh_host_')) rmSync(join(sshDir, f));
  await run(['chroot', root, 'ssh-keygen', '-A']);

  writeFileSync(join(root, 'etc', 'hostname'), `${name}\n`);
  writeFileSync(join(root, 'etc', 'hosts'), `127.0.0.1\tlocalhost\n127.0.1.1\t${name}\n::1\tlocalhost ip6-localhost ip6-loopback\n`);
  mkdirSync(join(root, 'root', '.ssh'), { recursive: true, mode: 0o700 });
  writeFileSync(join(root, 'root', '.ssh', 'authorized_keys'), authorizedKey, { mode: 0o600 });
  return readIdentity(root);
}

/** Reads the identity a host root has now (after a power-off it must be unchanged). */
export function readIdentity(root: string): HostIdentity {
  return {
    machineId: readFileSync(join(root, 'etc', 'machine-id'), 'utf8').trim(),
    hostKey: readFileSync(join(root, 'etc', 'ssh', 'ssh_host_ed25519_key.pub'), 'utf8').trim(),
  };
}

/** `SHA256:...` of an OpenSSH public key line, the same text `ssh-keygen -lf` prints. */
export function fingerprint(publicKeyLine: string): string {
  const blob = publicKeyLine.trim().split(/\s+/)[1];
  if (!blob) throw new Error(`not an OpenSSH public key line: ${publicKeyLine}`);
  const digest = createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/** A known_hosts line pinning a host's key by its address (ssh is always called with the address). */
export function knownHostsLine(address: string, publicKeyLine: string): string {
  const [type, blob] = publicKeyLine.trim().split(/\s+/);
  return `${address} ${type} ${blob}`;
}

/** True when the host dir has a finished identity (identity.json is written last). */
export function hasIdentity(identityFile: string): boolean {
  return existsSync(identityFile);
}
