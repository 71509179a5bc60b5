import { ChildProcess, spawn } from 'node:child_process';
import { openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One service process as the launcher runs it. */
export interface ServiceSpec {
  name: string;
  args: string[];
  env: Record<string, string>;
}

const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * Runs each service as its own process, its output appended to DIR/logs/NAME.log and its
 * pid in DIR/run/NAME.pid, and starts a process that dies again (a crash must not leave
 * kdeploy half up; the gateway resumes its jobs on start). Gives up on a service that keeps
 * dying, and says so.
 */
export class Supervisor {
  private readonly children = new Map<string, ChildProcess>();
  private readonly restarts = new Map<string, number[]>();
  private stopping = false;

  constructor(
    private readonly stateDir: string,
    private readonly say: (line: string) => void,
  ) {}

  start(spec: ServiceSpec): void {
    const log = openSync(join(this.stateDir, 'logs', `${spec.name}.log`), 'a', 0o600);
    const child = spawn(process.execPath, spec.args, { env: { ...process.env, ...spec.env }, stdio: ['ignore', log, log] });
    this.children.set(spec.name, child);
    const pidFile = join(this.stateDir, 'run', `${spec.name}.pid`);
    writeFileSync(pidFile, `${child.pid}\n`);
    child.on('exit', (code, signal) => {
      if (this.children.get(spec.name) === child) this.children.delete(spec.name);
      if (this.stopping) return rmSync(pidFile, { force: true });
      const recent = (this.restarts.get(spec.name) ?? []).filter((t) => t > Date.now() - 60_000);
      if (recent.length >= MAX_RESTARTS_PER_MINUTE) {
        this.say(
          `${spec.name} exited (${signal ?? `code ${code}`}) ${recent.length + 1} times within a minute; not starting it again (see ${join(this.stateDir, 'logs', `${spec.name}.log`)})`,
        );
        return;
      }
      this.restarts.set(spec.name, [...recent, Date.now()]);
      this.say(`${spec.name} exited (${signal ?? `code ${code}`}); starting it again`);
      setTimeout(() => !this.stopping && this.start(spec), 200 * (recent.length + 1));
    });
  }

  /** SIGTERM to every service (the gateway leaves running jobs to resume), SIGKILL after 10 s. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
