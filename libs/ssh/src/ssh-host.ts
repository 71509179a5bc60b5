import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Client } from 'ssh2';
import { ConnectionError, RemoteCommandError } from '@kdeploy/errors';
import { createLogger, type Logger } from '@kdeploy/logging';
import { openClient } from './connect';
import type { ExecOptions, ExecResult, HostConnection, UploadOptions, UploadResult } from './host-connection';
import { HostVerifier } from './host-verifier';
import type { SshHostOptions } from './options';
import { ShellPool } from './shell-pool';
import { startShell, type ShellUser } from './shell-start';
import { execWithStdin } from './channel-stdin';
import type { WantedFile } from './upload-commands';
import {
  HAS_ZSTD_COMMAND,
  installStagedCommand,
  parseRemoteState,
  remoteStateCommand,
  stageCommand,
  uploadCommand,
  upToDate,
} from './upload-commands';

const STDERR_TAIL_LINES = 20;
/** From this size on, bytes travel on a channel of their own (see channel-stdin). */
const STREAM_FROM_BYTES = 256 * 1024;

function tail(text: string): string {
  return text.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n');
}

interface Connection {
  client: Client;
  pools: Map<ShellUser, ShellPool>;
  hasZstd?: Promise<boolean>;
}

/**
 * One SSH connection to one host, opened on first use, reused by every command and upload,
 * and opened again (host key checked again) by the first call after it was lost.
 */
export class SshHost implements HostConnection {
  readonly host: string;
  private readonly log: Logger;
  private readonly verifier: HostVerifier;
  private conn: Promise<Connection> | undefined;

  constructor(private readonly opts: SshHostOptions) {
    this.host = opts.host;
    this.log = (opts.logger ?? createLogger('ssh')).child({ host: opts.host });
    this.verifier = new HostVerifier(opts.host, opts.address, opts.port ?? 22, opts.hostKey);
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const user: ShellUser = (this.opts.username ?? 'root') !== 'root' && options.sudo !== false ? 'root' : 'login';
    const pool = await this.pool(user);
    const shell = await pool.acquire(options.signal);
    this.log.debug({ command, user }, 'exec');
    try {
      const stdin = options.stdin === undefined ? undefined : Buffer.from(options.stdin);
      const out = await shell.run({ ...options, command, stdin });
      const result = { exitCode: out.exitCode, stdout: out.stdout.toString(), stderr: out.stderr.toString() };
      if (result.exitCode !== 0 && !options.allowFailure) {
        throw new RemoteCommandError(this.host, command, result.exitCode, tail(result.stderr));
      }
      return result;
    } finally {
      pool.release(shell);
    }
  }

  async upload(content: Buffer | string, remotePath: string, options: UploadOptions = {}): Promise<UploadResult> {
    // an artifact is a hundred MB: not copied
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const sha256 = options.sha256 ?? createHash('sha256').update(data).digest('hex');
    const want = { sha256, mode: options.mode ?? 0o644, owner: options.owner ?? 'root:root' };
    const state = parseRemoteState((await this.exec(remoteStateCommand(remotePath))).stdout);
    if (upToDate(state, want)) return { changed: false, sha256, bytesSent: 0 };
    let sent: Buffer = data;
    if (data.length >= STREAM_FROM_BYTES) {
      const zstd = options.zstd && (await this.hasZstd()) ? options.zstd : undefined;
      sent = zstd ?? data;
      await this.streamUpload(sent, !!zstd, remotePath, want, options.signal);
    } else await this.exec(uploadCommand(remotePath, posix.dirname(remotePath), want), { stdin: data, signal: options.signal });
    this.log.debug({ remotePath, bytes: data.length, sent: sent.length }, 'uploaded');
    return { changed: true, sha256, bytesSent: sent.length };
  }

  /** Asked once a connection: a host without zstd gets files as they are. */
  private async hasZstd(): Promise<boolean> {
    const conn = await this.connection();
    conn.hasZstd ??= this.exec(HAS_ZSTD_COMMAND, { allowFailure: true }).then((r) => r.exitCode === 0);
    return conn.hasZstd;
  }

  /** Stages the bytes as the login user on a channel of their own, then installs them as root (upload-commands). */
  private async streamUpload(data: Buffer, zstd: boolean, remotePath: string, want: WantedFile, signal?: AbortSignal): Promise<void> {
    const { client } = await this.connection();
    const stageDir = (this.opts.username ?? 'root') === 'root' ? posix.dirname(remotePath) : '/tmp';
    const staged = await execWithStdin(client, this.host, stageCommand(remotePath, stageDir, zstd), data, signal);
    const command = `stage ${remotePath}`;
    if (staged.exitCode !== 0) throw new RemoteCommandError(this.host, command, staged.exitCode, tail(staged.stderr));
    await this.exec(installStagedCommand(remotePath, staged.stdout.trim(), want), { signal });
  }

  async sha256(remotePath: string): Promise<string | null> {
    return parseRemoteState((await this.exec(remoteStateCommand(remotePath))).stdout)?.sha256 ?? null;
  }

  async close(): Promise<void> {
    const pending = this.conn;
    this.conn = undefined;
    const conn = await pending?.catch(() => undefined);
    if (!conn) return;
    await new Promise<void>((resolve) => {
      conn.client.once('close', () => resolve());
      for (const p of conn.pools.values()) p.closeAll(new ConnectionError(this.host, 'connection closed by caller'));
      conn.client.end();
    });
  }

  private async pool(user: ShellUser): Promise<ShellPool> {
    const conn = await this.connection();
    let pool = conn.pools.get(user);
    if (!pool) {
      const timeout = this.opts.connectTimeoutMs ?? 10_000;
      pool = new ShellPool(this.host, this.opts.maxShells ?? 4, () =>
        startShell(conn.client, this.host, user, timeout, this.opts.sudoPassword),
      );
      conn.pools.set(user, pool);
    }
    return pool;
  }

  private connection(): Promise<Connection> {
    if (this.conn) return this.conn;
    const pending = openClient(this.opts, this.verifier, this.log).then((client) => {
      const conn: Connection = { client, pools: new Map() };
      client.on('error', (err) => this.log.warn({ err: err.message }, 'SSH connection error'));
      client.once('close', () => {
        if (this.conn === pending) this.conn = undefined;
        for (const p of conn.pools.values()) p.closeAll(new ConnectionError(this.host, 'connection lost'));
        this.log.info('SSH connection closed');
      });
      this.log.debug('SSH connection ready');
      return conn;
    });
    this.conn = pending;
    pending.catch(() => {
      if (this.conn === pending) this.conn = undefined;
    });
    return pending;
  }
}
