import type { Client, ClientChannel } from 'ssh2';
import { CancelledError, ConnectionError, TimeoutError } from '@kdeploy/errors';
import { commandScript, killScript, MarkedStream, newNonce } from './shell-protocol';

/** One command for a shell; the caller's ExecOptions minus what the host handles. */
export interface ShellCommand {
  command: string;
  stdin?: Buffer;
  timeoutMs?: number;
  signal?: AbortSignal;
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
}

export interface ShellOutcome {
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
}

/** Time a killed command gets to exit on SIGTERM before its group gets SIGKILL. */
const KILL_GRACE_MS = 2_000;

/**
 * One long-lived `sh` on one exec channel, running one command at a time. stack.md measured
 * ~48 ms for a new channel per command (sshd sets up a PAM session for each) against ~0.14 ms
 * for a command written to a shell that is already there. Protocol: shell-protocol.ts.
 */
export class ShellSession {
  private current: ((chunk: Buffer, fromStderr: boolean) => void) | undefined;
  private onClose: ((err: Error) => void) | undefined;
  closed = false;
  /** Owned by ShellPool: set while a caller holds this shell. */
  busy = false;

  constructor(
    private readonly host: string,
    readonly channel: ClientChannel,
  ) {
    channel.on('data', (d: Buffer) => this.current?.(d, false));
    channel.stderr.on('data', (d: Buffer) => this.current?.(d, true));
    channel.on('close', () => {
      this.closed = true;
      this.onClose?.(new ConnectionError(this.host, 'the connection (or its shell) closed while a command was running'));
    });
  }

  /** Opens a channel running `startCommand`, which must end in a POSIX shell reading stdin. */
  static open(client: Client, host: string, startCommand: string): Promise<ShellSession> {
    return new Promise((resolve, reject) => {
      client.exec(startCommand, (err, channel) => {
        if (err) return reject(new ConnectionError(host, `cannot open a shell channel: ${err.message}`, { cause: err }));
        resolve(new ShellSession(host, channel));
      });
    });
  }

  /** Resolves once the shell answers, proving that whatever started it (sudo) let it through. */
  ready(timeoutMs: number): Promise<void> {
    const nonce = newNonce();
    return this.await(`printf 'R:%s\\n' ${nonce}\n`, timeoutMs, (out) => out.includes(`R:${nonce}\n`));
  }

  /**
   * Writes `script` and resolves when `done` says the output so far is complete; rejects with
   * the stderr seen when the shell exits first (sudo refused) or nothing comes in time.
   */
  await(script: string, timeoutMs: number, done: (stdout: string, stderr: string) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      let out = '';
      let errOut = '';
      const finish = (err?: Error) => {
        clearTimeout(timer);
        this.current = undefined;
        this.onClose = undefined;
        if (err) reject(err);
        else resolve();
      };
      const timer = setTimeout(
        () => finish(new ConnectionError(this.host, `shell did not become ready in ${timeoutMs} ms: ${errOut.trim().slice(-500)}`)),
        timeoutMs,
      );
      this.current = (chunk, fromStderr) => {
        if (fromStderr) errOut += chunk.toString();
        else out += chunk.toString();
        if (done(out, errOut)) finish();
      };
      this.onClose = () => finish(new ConnectionError(this.host, `shell exited: ${errOut.trim().slice(-500) || 'no message'}`));
      if (script) this.channel.write(script);
    });
  }

  /** Runs one command. Rejections: TimeoutError, CancelledError, ConnectionError (shell lost). */
  run(cmd: ShellCommand): Promise<ShellOutcome> {
    if (this.closed) return Promise.reject(new ConnectionError(this.host, 'shell is closed'));
    const nonce = newNonce();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const out = new MarkedStream(nonce, (c) => (stdout.push(c), cmd.onStdout?.(c)));
    const err = new MarkedStream(nonce, (c) => (stderr.push(c), cmd.onStderr?.(c)));
    return new Promise<ShellOutcome>((resolve, reject) => {
      let stopReason: Error | undefined;
      let killTimer: NodeJS.Timeout | undefined;
      const kill = () => {
        if (out.pid === undefined) return; // sent as soon as the start marker names the pid
        this.channel.write(killScript(out.pid, 'TERM'));
        killTimer ??= setTimeout(() => out.pid !== undefined && this.channel.write(killScript(out.pid, 'KILL')), KILL_GRACE_MS);
      };
      let hardTimer: NodeJS.Timeout | undefined;
      const stop = (reason: Error) => {
        stopReason ??= reason;
        kill();
        // A command that survives SIGKILL (or a shell that stopped answering) costs the shell,
        // never the caller's deadline: closing the channel settles this call below.
        hardTimer ??= setTimeout(() => this.close(), 2 * KILL_GRACE_MS + 1_000);
      };
      const timer = cmd.timeoutMs
        ? setTimeout(() => stop(new TimeoutError(this.host, `command "${cmd.command}"`, cmd.timeoutMs ?? 0)), cmd.timeoutMs)
        : undefined;
      const onAbort = () => stop(new CancelledError(this.host, `command "${cmd.command}"`));
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        clearTimeout(killTimer);
        clearTimeout(hardTimer);
        cmd.signal?.removeEventListener('abort', onAbort);
        this.current = undefined;
        this.onClose = undefined;
        fn();
      };
      this.current = (chunk, fromStderr) => {
        const hadPid = out.pid !== undefined;
        (fromStderr ? err : out).push(chunk);
        if (!hadPid && out.pid !== undefined && stopReason) kill();
        if (out.done && err.done) {
          const exitCode = out.exitCode ?? -1;
          settle(() =>
            stopReason ? reject(stopReason) : resolve({ exitCode, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) }),
          );
        }
      };
      this.onClose = (e) => settle(() => reject(stopReason ?? e));
      if (cmd.signal?.aborted) return settle(() => reject(new CancelledError(this.host, `command "${cmd.command}"`)));
      cmd.signal?.addEventListener('abort', onAbort, { once: true });
      this.channel.write(commandScript(nonce, cmd.command, cmd.stdin));
    });
  }

  close(): void {
    this.closed = true;
    this.channel.close();
  }
}
