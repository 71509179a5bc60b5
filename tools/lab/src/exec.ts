import { spawn } from 'node:child_process';

/** A command the lab ran failed; carries what is needed to see why without re-running it. */
export class LabCommandError extends Error {
  override readonly name = 'LabCommandError';
  constructor(
    readonly command: string[],
    readonly exitCode: number | null,
    readonly stderrTail: string,
  ) {
    super(`${command.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderrTail || '(no stderr)'}`);
  }
}

/** A lab operation that cannot go on; the message names the host or the resource. */
export class LabError extends Error {
  override readonly name = 'LabError';
}

export interface RunOptions {
  /** Exit codes treated as success; the default is only 0. */
  okCodes?: number[];
  env?: NodeJS.ProcessEnv;
  input?: string;
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Tail of a text, so that errors stay readable when a tool prints pages. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs argv without a shell (nothing is ever re-parsed), resolving even on failure. */
export function runRaw(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: opts.timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Runs argv and returns stdout; any exit code outside okCodes is a LabCommandError. */
export async function run(argv: string[], opts: RunOptions = {}): Promise<string> {
  const r = await runRaw(argv, opts);
  const ok = opts.okCodes ?? [0];
  if (r.code === null || !ok.includes(r.code)) {
    throw new LabCommandError(argv, r.code, tail(r.stderr || r.stdout));
  }
  return r.stdout;
}

/** True when argv exits 0; for probes whose failure is an answer, not an error. */
export async function succeeds(argv: string[], opts: RunOptions = {}): Promise<boolean> {
  try {
    return (await runRaw(argv, opts)).code === 0;
  } catch {
    return false;
  }
}
