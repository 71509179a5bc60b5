import { HostKeyMismatchError } from '@kdeploy/errors';
import { appendKnownHost, fingerprint, keyType, knownHostsName, knownKeysFor, readKnownHosts } from './host-key';

/**
 * How a host's key is checked. There is deliberately no "accept anything" variant: either a
 * pinned fingerprint, or a known_hosts file that must list the key (or, only when
 * trustOnFirstUse is set and the file has no entry for the host, records it).
 */
export type HostKeyPolicy = { fingerprint: string } | { knownHostsFile: string; trustOnFirstUse?: boolean };

/** What the handshake's host key check decided; an error here aborts before authentication. */
export type HostKeyVerdict = { ok: true; learnt: boolean } | { ok: false; error: HostKeyMismatchError };

const DEFAULT_ORDER = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'rsa-sha2-512',
  'rsa-sha2-256',
  'ssh-rsa',
];

/** The key (by its blob's algorithm name) a server offers for each negotiated algorithm. */
function blobTypeOf(algorithm: string): string {
  return algorithm.startsWith('rsa-sha2-') ? 'ssh-rsa' : algorithm;
}

/** Checks presented host keys for one host against a policy. */
export class HostVerifier {
  constructor(
    private readonly host: string,
    private readonly address: string,
    private readonly port: number,
    private readonly policy: HostKeyPolicy,
  ) {}

  /**
   * Host key algorithms to offer, known key types first: otherwise the server may pick an
   * algorithm whose key we have not pinned and a good host would look like a mismatch.
   */
  algorithms(): string[] {
    if ('fingerprint' in this.policy) return DEFAULT_ORDER;
    const { keys } = knownKeysFor(readKnownHosts(this.policy.knownHostsFile), this.name());
    const known = new Set(keys.map((k) => k.type));
    if (known.size === 0) return DEFAULT_ORDER;
    return [...DEFAULT_ORDER.filter((a) => known.has(blobTypeOf(a))), ...DEFAULT_ORDER.filter((a) => !known.has(blobTypeOf(a)))];
  }

  verify(keyBlob: Buffer): HostKeyVerdict {
    const actual = fingerprint(keyBlob);
    if ('fingerprint' in this.policy) {
      const expected = this.policy.fingerprint.replace(/=+$/, '');
      return expected === actual ? { ok: true, learnt: false } : this.mismatch(expected, actual);
    }
    const file = this.policy.knownHostsFile;
    const { keys, revoked } = knownKeysFor(readKnownHosts(file), this.name());
    if (revoked.some((k) => k.blob.equals(keyBlob))) return this.mismatch('a key not marked @revoked', actual);
    if (keys.some((k) => k.blob.equals(keyBlob))) return { ok: true, learnt: false };
    if (keys.length > 0) return this.mismatch(keys.map((k) => fingerprint(k.blob)).join(' or '), actual);
    if (!this.policy.trustOnFirstUse) {
      return this.mismatch(`a key listed in ${file} (none is; trustOnFirstUse is off)`, actual);
    }
    appendKnownHost(file, this.name(), keyBlob);
    return { ok: true, learnt: true };
  }

  /** `ssh-ed25519 SHA256:...` of a blob, for log lines when a key is learnt. */
  static describe(keyBlob: Buffer): string {
    return `${keyType(keyBlob)} ${fingerprint(keyBlob)}`;
  }

  private name(): string {
    return knownHostsName(this.address, this.port);
  }

  private mismatch(expected: string, actual: string): HostKeyVerdict {
    return { ok: false, error: new HostKeyMismatchError(this.host, expected, actual) };
  }
}
