import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { CancelledError, RemoteCommandError, TimeoutError } from '@kdeploy/errors';
import type { ExecOptions, ExecResult, HostConnection, UploadOptions, UploadResult } from '@kdeploy/ssh';
import { sh } from '@kdeploy/ssh';

const tail = (text: string) => text.trimEnd().split('\n').slice(-20).join('\n');

/**
 * A real HostConnection to this machine: commands run under `sh -c` in `root` (a temp dir),
 * as the current user (so `sudo` is a no-op: the login user is the one running the tests).
 * Every other option is honoured the way SshHost must honour it, so a step that works here
 * does not lean on leniency of the test double.
 */
export class LocalConnection implements HostConnection {
  constructor(
    readonly host: string,
    readonly root: string,
  ) {}

  /** A connection whose root is a fresh temp dir; `dispose` removes it. */
  static async create(host: string): Promise<LocalConnection> {
    return new LocalConnection(host, await mkdtemp(join(tmpdir(), `kdeploy-${host}-`)));
  }

  /** An absolute path under this host's root. */
  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }

  exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const { signal, timeoutMs, allowFailure = false } = options;
    if (signal?.aborted) return Promise.reject(new CancelledError(this.host, 'command'));
    return new Promise((resolve, reject) => {
      // Own process group, so a timeout or abort kills the command's children too.
      const child = spawn('sh', ['-c', command], { cwd: this.root, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let stopped: Error | undefined;
      const stop = (why: Error) => {
        if (stopped) return;
        stopped = why;
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // already gone
        }
      };
      const onAbort = () => stop(new CancelledError(this.host, 'command'));
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer =
        timeoutMs !== undefined ? setTimeout(() => stop(new TimeoutError(this.host, 'command', timeoutMs)), timeoutMs) : undefined;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        options.onStdout?.(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        options.onStderr?.(chunk);
      });
      child.stdin.on('error', () => undefined); // a command that exits without reading its stdin
      child.stdin.end(options.stdin ?? '');
      child.on('error', (e) => (child.pid === undefined ? reject(e) : stop(e)));
      // Settle on close, not on the kill: when the promise settles, the process is gone.
      child.on('close', (code, sig) => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (stopped) return reject(stopped);
        if (code !== 0 && !allowFailure) {
          return reject(new RemoteCommandError(this.host, command, code, tail(stderr), { signal: sig ?? undefined }));
        }
        resolve({ exitCode: code ?? 128, stdout, stderr });
      });
    });
  }

  async sha256(remotePath: string): Promise<string | null> {
    try {
      return createHash('sha256')
        .update(await readFile(remotePath))
        .digest('hex');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async upload(content: Buffer | string, remotePath: string, options: UploadOptions = {}): Promise<UploadResult> {
    if (!isAbsolute(remotePath)) throw new Error(`${this.host}: upload path must be absolute: ${remotePath}`);
    const { mode = 0o644, owner = 'root:root' } = options;
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const sha256 = createHash('sha256').update(buf).digest('hex');
    const stat = await this.exec(sh`stat -c '%a %U:%G' -- ${remotePath}`, { allowFailure: true });
    const [curMode, curOwner = ''] = stat.stdout.trim().split(' ');
    const ownerOk = owner.includes(':') ? curOwner === owner : curOwner.split(':')[0] === owner;
    const sameAttrs = stat.exitCode === 0 && parseInt(curMode, 8) === mode && ownerOk;
    const sameContent = (await this.sha256(remotePath)) === sha256;
    if (sameContent && sameAttrs) return { changed: false, sha256, bytesSent: 0 };
    if (sameContent) {
      await this.exec(sh`chown ${owner} -- ${remotePath} && chmod ${mode.toString(8)} -- ${remotePath}`);
      return { changed: true, sha256, bytesSent: 0 };
    }
    // Temp file in the same directory, then rename: a reader never sees half a file.
    const tmp = join(dirname(remotePath), `.${basename(remotePath)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      // Like SshHost: the parent is created, owner is set before mode (chown clears set-id bits).
      await mkdir(dirname(remotePath), { recursive: true });
      await writeFile(tmp, buf, { mode: 0o600 });
      await this.exec(sh`chown ${owner} -- ${tmp}`);
      await chmod(tmp, mode);
      await rename(tmp, remotePath);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw new Error(`${this.host}: upload to ${remotePath} failed: ${(e as Error).message}`, { cause: e });
    }
    return { changed: true, sha256, bytesSent: buf.length };
  }

  async close(): Promise<void> {
    // Nothing is held open between calls; later calls simply work again.
  }
}
