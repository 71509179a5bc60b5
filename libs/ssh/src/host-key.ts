import { createHash, createHmac, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/** `SHA256:...` of a host key blob, exactly as `ssh-keygen -lf` prints it (no padding). */
export function fingerprint(keyBlob: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '');
}

/** The algorithm name at the start of an SSH wire-format key blob (`ssh-ed25519`, ...). */
export function keyType(keyBlob: Buffer): string {
  const len = keyBlob.readUInt32BE(0);
  return keyBlob.subarray(4, 4 + len).toString('ascii');
}

/** How a host name is written in known_hosts: bare for port 22, `[host]:port` otherwise. */
export function knownHostsName(address: string, port: number): string {
  return port === 22 ? address : `[${address}]:${port}`;
}

export interface KnownKey {
  type: string;
  blob: Buffer;
}

function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** Whether one known_hosts host field (hashed, or a comma list of globs with `!` negation) names host. */
function hostFieldMatches(field: string, name: string): boolean {
  if (field.startsWith('|1|')) {
    const [, , salt, hash] = field.split('|');
    if (!salt || !hash) return false;
    const actual = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
    return actual === hash;
  }
  let matched = false;
  for (const pattern of field.split(',')) {
    const negated = pattern.startsWith('!');
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(name)) {
      // A matching negation excludes the host from the whole line, as OpenSSH does.
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/**
 * Keys known_hosts holds for this host. `@revoked` lines are returned separately so a
 * revoked key is refused even when another line lists it; `@cert-authority` lines are
 * skipped (host certificates are not supported, so they must not count as a pin).
 */
export function knownKeysFor(text: string, name: string): { keys: KnownKey[]; revoked: KnownKey[] } {
  const keys: KnownKey[] = [];
  const revoked: KnownKey[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    let marker = '';
    if (fields[0].startsWith('@')) marker = fields.shift() ?? '';
    const [hosts, type, b64] = fields;
    if (!hosts || !type || !b64 || marker === '@cert-authority') continue;
    if (!hostFieldMatches(hosts, name)) continue;
    const key = { type, blob: Buffer.from(b64, 'base64') };
    (marker === '@revoked' ? revoked : keys).push(key);
  }
  return { keys, revoked };
}

export function readKnownHosts(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Records a key learnt on first use, hashed like `HashKnownHosts yes` so the file does not list hosts. */
export function appendKnownHost(file: string, name: string, keyBlob: Buffer): void {
  const salt = randomBytes(20);
  const hash = createHmac('sha1', salt).update(name).digest('base64');
  const text = readKnownHosts(file);
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  appendFileSync(file, `${sep}|1|${salt.toString('base64')}|${hash} ${keyType(keyBlob)} ${keyBlob.toString('base64')}\n`, {
    mode: 0o600,
  });
}
