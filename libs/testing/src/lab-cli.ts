import { execFile } from 'node:child_process';
import { labFiles } from './repo-root';

/** The lab command failed; the message carries the tail of what it printed. */
export class LabCliError extends Error {
  override readonly name = 'LabCliError';
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly outputTail: string,
  ) {
    super(`lab ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}):\n${outputTail}`);
  }
}

/**
 * Runs tools/lab/bin/lab (through argv, never a shell) and returns its stdout. Libs do not
 * import tools, so the command is the interface. `prefix` lets a caller wrap it, e.g. in flock.
 */
export function runLab(args: string[], prefix: string[] = [], timeoutMs = 600_000): Promise<string> {
  const argv = [...prefix, labFiles().command, ...args];
  return new Promise((resolve, reject) => {
    execFile(argv[0], argv.slice(1), { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const text = `${stdout}${stderr}`.trimEnd().split('\n').slice(-30).join('\n');
        const code = typeof err.code === 'number' ? err.code : null;
        reject(new LabCliError(args, code, text));
      } else {
        resolve(stdout);
      }
    });
  });
}
