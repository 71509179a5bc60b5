import { randomBytes } from 'node:crypto';
import { quote } from './sh';

/**
 * The wire protocol of one persistent shell (see shell-session.ts for why it exists).
 *
 * For each command the long-lived shell starts a background job and goes back to reading its
 * stdin at once, so it stays free to receive a `kill` for that job. The job:
 * - starts `setsid sh -c`, which prints `S:<nonce>:<pid>` on stdout and stderr and evals CMD;
 *   that shell leads its own process group, which an abort kills as a whole;
 * - so CMD runs in a fresh process, and cwd, environment and shell variables never outlive it;
 * - gives CMD /dev/null as stdin, or the caller's bytes (below), never the shell's own stdin,
 *   which carries our script;
 * - prints `\nE:<nonce>:<exit code>` on stdout and on stderr once CMD has exited. The nonce is
 *   fresh per command, so output that imitates a marker cannot end a command early, and
 *   waiting for both streams' markers means stderr is complete when the result resolves.
 *
 * Stdin bytes are inlined in the script as base64 and decoded by a pipeline in front of CMD.
 * Why not a separate exec channel: that costs ~48 ms (a PAM session per channel) and would
 * need a second way to kill the command. Why not a heredoc: binary data and a delimiter that
 * could occur in the data. The bytes pass through the shell's memory and a pipe only: never
 * argv (printf is a builtin), never a file. Decoding 30 MB this way took about 0.5 s here.
 */
export function newNonce(): string {
  return randomBytes(12).toString('hex');
}

export function commandScript(nonce: string, command: string, stdin?: Buffer): string {
  // setsid (not forking: its caller leads no group) execs a shell whose pid is the new group's
  // id; that shell prints it and evals CMD, one exec fewer than a nested `sh -c`.
  const starter =
    `setsid sh -c 'printf "S:%s:%s\\n" "$1" "$$"; printf "S:%s:%s\\n" "$1" "$$" >&2; eval "$2"' ` + `kdeploy ${nonce} ${quote(command)}`;
  const job = stdin === undefined ? `${starter} </dev/null` : `printf %s ${quote(stdin.toString('base64'))} | base64 -d | ${starter}`;
  // `wait` reaps the previous job (already finished: we saw its end markers) so a shell that
  // runs thousands of commands does not pile up finished jobs.
  return `wait; { ${job}; c=$?; printf '\\nE:%s:%s\\n' ${nonce} "$c"; printf '\\nE:%s:%s\\n' ${nonce} "$c" >&2; } &\n`;
}

/** Kills a job's whole process group (the command and whatever it started in the background). */
export function killScript(pid: number, signal: 'TERM' | 'KILL'): string {
  return `kill -s ${signal} -- -${pid} 2>/dev/null\n`;
}

/**
 * Splits one stream of a shell (stdout or stderr) into one command's output: skips anything
 * before the start marker (stray output of an earlier command's background process), passes
 * the body on as it arrives while holding back only what could be the start of the end marker.
 */
export class MarkedStream {
  private buf: Buffer = Buffer.alloc(0);
  private started = false;
  pid: number | undefined;
  exitCode: number | undefined;
  private readonly start: Buffer;
  private readonly end: Buffer;

  constructor(
    nonce: string,
    private readonly onBody: (chunk: Buffer) => void,
  ) {
    this.start = Buffer.from(`S:${nonce}:`);
    this.end = Buffer.from(`\nE:${nonce}:`);
  }

  get done(): boolean {
    return this.exitCode !== undefined;
  }

  /** Feeds bytes of this stream; bytes after the end marker belong to no command. */
  push(chunk: Buffer): void {
    if (this.done) return;
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    if (!this.started) {
      const at = this.buf.indexOf(this.start);
      const eol = at < 0 ? -1 : this.buf.indexOf(0x0a, at);
      if (eol < 0) return;
      this.pid = Number(this.buf.subarray(at + this.start.length, eol).toString());
      this.started = true;
      this.buf = this.buf.subarray(eol + 1);
    }
    const at = this.buf.indexOf(this.end);
    if (at >= 0) {
      const eol = this.buf.indexOf(0x0a, at + this.end.length);
      if (eol < 0) return;
      if (at > 0) this.onBody(this.buf.subarray(0, at));
      this.exitCode = Number(this.buf.subarray(at + this.end.length, eol).toString());
      this.buf = Buffer.alloc(0);
      return;
    }
    // Hold back only a tail that could grow into the end marker (it starts at a newline).
    let hold = this.buf.length;
    for (let i = Math.max(0, this.buf.length - this.end.length + 1); i < this.buf.length; i++) {
      if (this.buf[i] === 0x0a && this.end.subarray(0, this.buf.length - i).equals(this.buf.subarray(i))) {
        hold = i;
        break;
      }
    }
    if (hold > 0) this.onBody(this.buf.subarray(0, hold));
    this.buf = this.buf.subarray(hold);
  }
}
