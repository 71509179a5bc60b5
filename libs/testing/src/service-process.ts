import { ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from './repo-root';
import { testTls, TestTlsName } from './tls';

/** One of kdeploy's services run as its own process from its sources (apps never import apps), on 127.0.0.1:0. */
export async function startServiceProcess(app: TestTlsName, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const tls = await testTls();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      `apps/${app}/src/main.ts`,
      '--listen',
      '127.0.0.1:0',
      '--tls-dir',
      tls.dir(app).dir,
      ...args,
    ],
    {
      cwd: repoRoot(),
      env: { ...process.env, TS_NODE_PROJECT: `apps/${app}/tsconfig.app.json`, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app} did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (b: Buffer) => {
      output += b.toString();
      for (const line of output.split('\n')) {
        if (!line.includes('grpc server listening')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.once('exit', (code) => reject(new Error(`${app} exited ${code}:\n${output}`)));
  });
  return {
    address: `127.0.0.1:${port}`,
    /** Everything the process printed so far (its structured log). */
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
