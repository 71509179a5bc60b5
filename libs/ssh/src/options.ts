import type { Logger } from '@kdeploy/logging';
import type { HostKeyPolicy } from './host-verifier';

/** Everything needed to reach one host. Secret fields are redacted by the logger's key list. */
export interface SshHostOptions {
  /** The host's name from the spec; named in every error and log line. */
  host: string;
  /** IP address or DNS name to connect to. */
  address: string;
  port?: number;
  /** Login user; default root. Commands run through `sudo -n` when it is not root. */
  username?: string;
  /** Private key contents (OpenSSH or PEM). */
  privateKey?: Buffer | string;
  /** Path of a private key file, read at connect time. */
  privateKeyFile?: string;
  passphrase?: string;
  password?: string;
  /** Sent once over the sudo shell's stdin when sudo asks for it; never in argv. */
  sudoPassword?: string;
  hostKey: HostKeyPolicy;
  /** Time allowed for TCP connect, handshake and authentication. Default 10 s. */
  connectTimeoutMs?: number;
  /** Keepalive probe period; a dead peer is noticed after interval × countMax. Default 5 s × 3. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  /** Persistent shells per host (per user/root); commands beyond that wait in a queue. Default 4. */
  maxShells?: number;
  logger?: Logger;
}
