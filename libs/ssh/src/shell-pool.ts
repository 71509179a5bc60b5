import { CancelledError } from '@kdeploy/errors';
import type { ShellSession } from './shell-session';

/**
 * Up to `max` persistent shells for one (connection, user) pair. Parallel commands on a host
 * each get a shell of their own (a new one costs one channel, ~50 ms, once); past `max` they
 * wait in FIFO order. A small pool rather than one queue, because a long command (a 30 s
 * download) must not hold up quick ones; a bound, because sshd allows 10 sessions per
 * connection by default.
 */
export class ShellPool {
  private readonly shells: ShellSession[] = [];
  private opening = 0;
  private readonly waiters: { resolve: (s: ShellSession) => void; reject: (e: Error) => void }[] = [];

  constructor(
    private readonly host: string,
    private readonly max: number,
    private readonly openShell: () => Promise<ShellSession>,
  ) {}

  async acquire(signal?: AbortSignal): Promise<ShellSession> {
    this.prune();
    const idle = this.shells.find((s) => !s.busy);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    if (this.shells.length + this.opening < this.max) {
      this.opening++;
      try {
        const shell = await this.openShell();
        shell.busy = true;
        this.shells.push(shell);
        return shell;
      } finally {
        this.opening--;
      }
    }
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      const onAbort = () => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new CancelledError(this.host, 'waiting for a free shell'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      waiter.resolve = (s) => (signal?.removeEventListener('abort', onAbort), resolve(s));
      this.waiters.push(waiter);
    });
  }

  /** Hands the shell to the next waiter, or keeps it idle; a closed shell is dropped. */
  release(shell: ShellSession): void {
    shell.busy = false;
    this.prune();
    const next = this.waiters.shift();
    if (!next) return;
    if (!shell.closed) {
      shell.busy = true;
      return next.resolve(shell);
    }
    // The shell died; the waiter gets a fresh one (or waits behind the others again).
    this.acquire().then(next.resolve, next.reject);
  }

  /** Closes every shell; waiters are failed with `err`. */
  closeAll(err: Error): void {
    for (const s of this.shells.splice(0)) s.close();
    for (const w of this.waiters.splice(0)) w.reject(err);
  }

  private prune(): void {
    for (let i = this.shells.length - 1; i >= 0; i--) if (this.shells[i].closed) this.shells.splice(i, 1);
  }
}
