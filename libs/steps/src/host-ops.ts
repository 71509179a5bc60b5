import { createHash } from 'node:crypto';
import type { HostConnection } from '@kdeploy/ssh';
import { renderUnit, SystemdUnit } from '@kdeploy/templates';
import { attributeDiffs, fileStateRemote, statRemote } from './file-state';
import { Change, CONTENT_LIMIT } from './plan';
import { sh } from '@kdeploy/ssh';
import { octalMode } from './file-mode';

export interface FileSpec {
  path: string;
  content: Buffer | string;
  /** Default 0o644. */
  mode?: number;
  /** `user` or `user:group`; default root:root. */
  owner?: string;
  /** Keeps the content out of the plan, events and logs; only the hash is recorded. */
  secret?: boolean;
  /** Services to restart (through ensureServiceRunning) when this file changes. */
  notify?: readonly string[];
  /** The content's sha256 when the caller has it already (a verified artifact): hundreds of MB are not hashed again. */
  sha256?: string;
  /** The content zstd-compressed, sent instead to a host that can unpack it (UploadOptions.zstd). */
  zstd?: Buffer;
}

export interface DirectorySpec {
  path: string;
  /** Default 0o755. */
  mode?: number;
  owner?: string;
}

/** Where units go and how systemctl is called; tests point these at a temp dir and a test double of systemctl. */
export interface OpsConfig {
  unitDir?: string;
  /** Default root:root (security.md: unit files 0600 root). */
  unitOwner?: string;
  systemctl?: string;
}

/** The guarded calls: every remote change goes through one of these, in plan and in apply mode alike. */
export interface HostOps {
  readonly mode: 'plan' | 'apply';
  ensureFile(spec: FileSpec): Promise<boolean>;
  ensureDirectory(spec: DirectorySpec): Promise<boolean>;
  ensureUnit(name: string, unit: SystemdUnit): Promise<boolean>;
  ensureServiceRunning(name: string, options?: { restartIfChanged?: boolean }): Promise<boolean>;
  run(description: string, command: string, options?: RunCommandOptions): Promise<boolean>;
  log(message: string, level?: 'info' | 'warn' | 'error'): void;
}

export interface RunCommandOptions {
  /** A read-only command; exit 0 means the change is already in place. */
  check?: string;
  /** Secrets go here, never into the command text. */
  stdin?: string | Buffer;
  timeoutMs?: number;
}

/** What the runner gives the ops of one host: the mode, the signal, and where changes and logs go. */
export interface OpsContext {
  mode: 'plan' | 'apply';
  signal?: AbortSignal;
  config?: OpsConfig;
  /** The step running now, which every recorded change names. */
  step: () => { id: string; title: string };
  record: (change: Change, applied: boolean) => void;
  log: (message: string, level: 'info' | 'warn' | 'error') => void;
}

const serviceName = (name: string) => (/\.[a-z]+$/.test(name) ? name : `${name}.service`);

function isSmallText(buf: Buffer): boolean {
  return buf.length <= CONTENT_LIMIT && Buffer.from(buf.toString('utf8'), 'utf8').equals(buf);
}

/** HostOps over one HostConnection; one instance per host for a whole run, so restarts see every step's changes. */
export class GuardedOps implements HostOps {
  /** Services whose unit or notified files changed in this run and have not been (re)started since. */
  private readonly pendingRestart = new Set<string>();
  private count = 0;

  constructor(
    private readonly host: HostConnection,
    private readonly ctx: OpsContext,
  ) {}

  get mode(): 'plan' | 'apply' {
    return this.ctx.mode;
  }

  /** Changes recorded so far (the runner reports the difference per step). */
  get changeCount(): number {
    return this.count;
  }

  private current(): { stepId: string; step: string } {
    const { id, title } = this.ctx.step();
    return { stepId: id, step: title };
  }

  private record(change: Change): void {
    this.count++;
    this.ctx.record(change, this.ctx.mode === 'apply');
  }

  private exec(command: string, options: { stdin?: string | Buffer; timeoutMs?: number; allowFailure?: boolean } = {}) {
    return this.host.exec(command, { ...options, signal: this.ctx.signal });
  }

  /** Returns why the file differs ([] when it matches) without changing anything. */
  private async fileDiffs(path: string, sha256: string, mode: number, owner: string): Promise<string[]> {
    const found = await fileStateRemote(this.host, path, this.ctx.signal);
    if (!found) return ['missing'];
    const reasons = attributeDiffs(found.state, mode, owner);
    if (found.sha256 !== sha256) reasons.unshift('content differs');
    return reasons;
  }

  async ensureFile(spec: FileSpec): Promise<boolean> {
    const buf = Buffer.isBuffer(spec.content) ? spec.content : Buffer.from(spec.content, 'utf8');
    const { mode = 0o644, owner = 'root:root', secret = false } = spec;
    const sha256 = spec.sha256 ?? createHash('sha256').update(buf).digest('hex');
    const reasons = await this.fileDiffs(spec.path, sha256, mode, owner);
    if (reasons.length === 0) return false;
    if (this.mode === 'apply') await this.host.upload(buf, spec.path, { mode, owner, sha256, zstd: spec.zstd });
    for (const name of spec.notify ?? []) this.pendingRestart.add(serviceName(name));
    this.record({
      kind: 'file',
      ...this.current(),
      reason: reasons.join(', '),
      path: spec.path,
      mode: octalMode(mode),
      owner,
      sha256,
      size: buf.length,
      secret,
      ...(!secret && isSmallText(buf) ? { content: buf.toString('utf8') } : {}),
    });
    return true;
  }

  async ensureDirectory(spec: DirectorySpec): Promise<boolean> {
    const { path, mode = 0o755, owner = 'root:root' } = spec;
    const state = await statRemote(this.host, path, this.ctx.signal);
    const reasons = !state ? ['missing'] : state.type !== 'directory' ? [`not a directory`] : attributeDiffs(state, mode, owner);
    if (reasons.length === 0) return false;
    if (this.mode === 'apply') {
      const m = octalMode(mode);
      await this.exec(sh`mkdir -p -m ${m} -- ${path} && chmod ${m} -- ${path} && chown ${owner} -- ${path}`);
    }
    this.record({ kind: 'directory', ...this.current(), reason: reasons.join(', '), path, mode: octalMode(mode), owner });
    return true;
  }

  async ensureUnit(name: string, unit: SystemdUnit): Promise<boolean> {
    const unitName = serviceName(name);
    const path = `${this.ctx.config?.unitDir ?? '/etc/systemd/system'}/${unitName}`;
    const content = renderUnit(unit);
    const buf = Buffer.from(content, 'utf8');
    const sha256 = createHash('sha256').update(buf).digest('hex');
    const owner = this.ctx.config?.unitOwner ?? 'root:root';
    const reasons = await this.fileDiffs(path, sha256, 0o600, owner);
    if (reasons.length === 0) return false;
    if (this.mode === 'apply') await this.host.upload(buf, path, { mode: 0o600, owner });
    this.pendingRestart.add(unitName);
    const step = this.current();
    this.record({
      kind: 'unit',
      ...step,
      reason: reasons.join(', '),
      name: unitName,
      path,
      mode: '0600',
      sha256,
      size: buf.length,
      content,
    });
    // A reload costs a few hundred ms on a busy host and most writes need none: systemd loads a
    // unit it does not know yet from disk when asked about it. Only a unit it holds an older
    // version of (NeedDaemonReload=yes), or cannot load, takes one.
    const current = sh`${this.systemctl} show -p LoadState -p NeedDaemonReload ${unitName}`;
    const reload = `[ "$(${current} | grep -cxE 'LoadState=loaded|NeedDaemonReload=no')" = 2 ] || ${sh`${this.systemctl} daemon-reload`}`;
    await this.applyCommand('systemctl daemon-reload', reload, `unit ${unitName} changed`);
    return true;
  }

  private get systemctl(): string {
    return this.ctx.config?.systemctl ?? 'systemctl';
  }

  private async applyCommand(description: string, command: string, reason: string, options: RunCommandOptions = {}) {
    if (this.mode === 'apply') await this.exec(command, { stdin: options.stdin, timeoutMs: options.timeoutMs });
    this.record({ kind: 'command', ...this.current(), reason, description, command });
  }

  async ensureServiceRunning(name: string, options: { restartIfChanged?: boolean } = {}): Promise<boolean> {
    const unitName = serviceName(name);
    const enabled = (await this.exec(sh`${this.systemctl} is-enabled ${unitName}`, { allowFailure: true })).exitCode === 0;
    const active = (await this.exec(sh`${this.systemctl} is-active ${unitName}`, { allowFailure: true })).exitCode === 0;
    const changed = this.pendingRestart.delete(unitName);
    const step = this.current();
    if (!enabled || !active) {
      // Starting a stopped service already reads the new files: no restart on top. No second
      // daemon-reload either (ensureUnit did one, and a start loads a unit it lacks): enable only
      // links the unit for the next boot, and a reload costs a few hundred ms on a busy host.
      if (this.mode === 'apply') await this.exec(sh`${this.systemctl} enable --no-reload --now ${unitName}`);
      const reason = [!enabled && 'not enabled', !active && 'not running'].filter(Boolean).join(', ');
      this.record({ kind: 'service', ...step, reason, name: unitName, action: 'enable-start' });
      return true;
    }
    if (!changed || options.restartIfChanged === false) return false;
    if (this.mode === 'apply') await this.exec(sh`${this.systemctl} restart ${unitName}`);
    this.record({ kind: 'restart', ...step, reason: 'its unit or files changed', name: unitName });
    return true;
  }

  async run(description: string, command: string, options: RunCommandOptions = {}): Promise<boolean> {
    if (options.check !== undefined) {
      const r = await this.exec(options.check, { allowFailure: true, timeoutMs: options.timeoutMs });
      if (r.exitCode === 0) return false;
    }
    await this.applyCommand(description, command, options.check ? 'check failed' : 'always runs', options);
    return true;
  }

  log(message: string, level: 'info' | 'warn' | 'error' = 'info'): void {
    this.ctx.log(message, level);
  }
}
