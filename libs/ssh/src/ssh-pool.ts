import { SshHost } from './ssh-host';
import type { SshHostOptions } from './options';

/** The one connection per host for a process: callers ask by host name and share it. */
export class SshPool {
  private readonly hosts = new Map<string, SshHost>();

  /** The host's connection, created on first request; later options for the same host are ignored. */
  get(options: SshHostOptions): SshHost {
    let host = this.hosts.get(options.host);
    if (!host) {
      host = new SshHost(options);
      this.hosts.set(options.host, host);
    }
    return host;
  }

  has(host: string): boolean {
    return this.hosts.has(host);
  }

  async closeAll(): Promise<void> {
    const hosts = [...this.hosts.values()];
    this.hosts.clear();
    await Promise.allSettled(hosts.map((h) => h.close()));
  }
}
