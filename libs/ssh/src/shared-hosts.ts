import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ExecOptions, ExecResult, HostConnection, UploadOptions, UploadResult } from './host-connection';
import type { SshHostOptions } from './options';
import { SshHost } from './ssh-host';

/** How long an unused connection stays open for the next call. */
const IDLE_MS = 30_000;
/** A connection taken up again after a pause answers this probe first, or is replaced. */
const PROBE_TIMEOUT_MS = 2_000;

interface Entry {
  host: SshHost;
  users: number;
  idle?: NodeJS.Timeout;
}

/**
 * What makes two calls' connections interchangeable: every option that decides where the
 * connection goes and who it logs in as, secrets included (as a hash), and the content of a
 * known_hosts file. undefined (never shared) with trust on first use, whose file changes.
 */
function shareKey(o: SshHostOptions): string | undefined {
  const policy = o.hostKey;
  if ('knownHostsFile' in policy && policy.trustOnFirstUse) return undefined;
  const knownHosts = 'knownHostsFile' in policy ? readFileSync(policy.knownHostsFile, 'utf8') : policy.fingerprint;
  const key = o.privateKey ?? (o.privateKeyFile ? readFileSync(o.privateKeyFile) : '');
  const fields = [o.host, o.address, o.port ?? 22, o.username ?? 'root', Buffer.from(key).toString('base64'), o.passphrase, o.password];
  fields.push(o.sudoPassword, knownHosts, o.connectTimeoutMs, o.keepaliveIntervalMs, o.keepaliveCountMax, o.maxShells);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Connections kept open between the calls of one process that reach a host with the same
 * options (shareKey): a deployment calls an installer several times (its stage, the join, the
 * add-ons), and every new connection costs a key exchange, a login and a shell on the host,
 * about 100 ms, more on a busy one. No call reaches a host with credentials it did not give.
 * An unused connection closes after IDLE_MS.
 */
export class SharedSshHosts {
  private readonly entries = new Map<string, Entry>();

  /** A connection for one call: release it when the call ends (its close() does). */
  lease(options: SshHostOptions): HostConnection {
    const key = shareKey(options);
    if (key === undefined) return new SshHost(options);
    return new LeasedHost(this, key, options);
  }

  /** @internal The entry's host, taken by one more user; `probe` when it sat unused. */
  take(key: string, options: SshHostOptions): { host: SshHost; probe: boolean } {
    const found = this.entries.get(key);
    if (found) {
      const probe = found.users === 0;
      if (found.idle) clearTimeout(found.idle);
      found.idle = undefined;
      found.users++;
      return { host: found.host, probe };
    }
    const host = new SshHost(options);
    this.entries.set(key, { host, users: 1 });
    return { host, probe: false };
  }

  /** @internal One user fewer; the last one starts the idle timer. */
  give(key: string, host: SshHost): void {
    const entry = this.entries.get(key);
    if (!entry || entry.host !== host) return;
    entry.users--;
    if (entry.users > 0) return;
    entry.idle = setTimeout(() => void this.drop(key, host), IDLE_MS);
    entry.idle.unref();
  }

  /** @internal Closes and forgets the entry's host (idle, or failed its probe). */
  async drop(key: string, host: SshHost): Promise<void> {
    if (this.entries.get(key)?.host === host) this.entries.delete(key);
    await host.close().catch(() => undefined);
  }

  async closeAll(): Promise<void> {
    const hosts = [...this.entries.values()];
    this.entries.clear();
    await Promise.allSettled(hosts.map((e) => (clearTimeout(e.idle), e.host.close())));
  }
}

/** One call's hold on a shared connection, taken on first use. */
class LeasedHost implements HostConnection {
  readonly host: string;
  private held: Promise<SshHost> | undefined;
  private taken: SshHost | undefined;

  constructor(
    private readonly shared: SharedSshHosts,
    private readonly key: string,
    private readonly options: SshHostOptions,
  ) {
    this.host = options.host;
  }

  private connection(): Promise<SshHost> {
    this.held ??= (async () => {
      const { host, probe } = this.shared.take(this.key, this.options);
      this.taken = host;
      if (!probe) return host;
      // a race, not the exec's own timeout: that one waits for the kill to reach the host
      let timer: NodeJS.Timeout | undefined;
      const alive = await Promise.race([
        host.exec('true').then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (alive) return host;
      // the host went away while the connection sat unused: this call gets a new one at once
      // (closing the old one waits for a peer that may never answer, until keepalive gives up)
      void this.shared.drop(this.key, host);
      return (this.taken = this.shared.take(this.key, this.options).host);
    })();
    return this.held;
  }

  async exec(command: string, options?: ExecOptions): Promise<ExecResult> {
    return (await this.connection()).exec(command, options);
  }

  async upload(content: Buffer | string, remotePath: string, options?: UploadOptions): Promise<UploadResult> {
    return (await this.connection()).upload(content, remotePath, options);
  }

  async sha256(remotePath: string): Promise<string | null> {
    return (await this.connection()).sha256(remotePath);
  }

  /** Gives the connection back (it stays open for the next call); the lease can be taken up again. */
  async close(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    await held?.catch(() => undefined);
    if (this.taken) this.shared.give(this.key, this.taken);
    this.taken = undefined;
  }
}
