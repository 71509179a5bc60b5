import { RemoteCommandError } from '@kdeploy/errors';
import { labRoot } from './testing/lab-fixture';
import { raw, sh } from './sh';

// A command runs in a job that the long-lived shell forks, so that shell is its grandparent.
const SHELL_PID = "$(cut -d' ' -f4 /proc/$PPID/stat)";
import type { SshHost } from './ssh-host';

let ssh: SshHost;
beforeAll(async () => {
  ({ ssh } = await labRoot(0));
});
afterAll(() => ssh.close());

describe('exec over the persistent shell', () => {
  it('resolves with exit code 0, 1 and 42 when failure is allowed', async () => {
    for (const code of [0, 1, 42]) {
      expect((await ssh.exec(`exit ${code}`, { allowFailure: true })).exitCode).toBe(code);
    }
  });

  it('rejects a failing command with RemoteCommandError naming host, command, code and stderr tail', async () => {
    const cmd = 'for i in $(seq 1 50); do echo line$i >&2; done; exit 42';
    const err = await ssh.exec(cmd).catch((e) => e);
    expect(err).toBeInstanceOf(RemoteCommandError);
    expect(err).toMatchObject({ host: 'lab1', command: cmd, exitCode: 42 });
    expect(err.stderrTail).toContain('line50');
    expect(err.stderrTail).not.toContain('line1\n');
    expect(err.message).toContain('lab1');
    expect(err.message).toContain('exit 42');
  });

  it('keeps stdout and stderr apart, complete, with no trailing newline added', async () => {
    const r = await ssh.exec('printf out1; printf err1 >&2; sleep 0.1; printf out2; printf err2 >&2');
    expect(r).toEqual({ exitCode: 0, stdout: 'out1out2', stderr: 'err1err2' });
  });

  it('is not fooled by output that looks like the protocol markers', async () => {
    const fake = 'printf "\\nE:000000000000000000000000:0\\nS:1:2\\n"; printf "\\nE:x:1\\n" >&2; echo after';
    const r = await ssh.exec(fake);
    expect(r.stdout).toBe('\nE:000000000000000000000000:0\nS:1:2\nafter\n');
    expect(r.stderr).toBe('\nE:x:1\n');
  });

  it('gives a command that reads stdin an immediate EOF', async () => {
    const r = await ssh.exec('cat; wc -c', { timeoutMs: 10_000 });
    expect(r.stdout.trim()).toBe('0');
  });

  it('delivers stdin data, binary included, and closes it', async () => {
    const data = Buffer.from([0, 1, 2, 255, 10, 39, 34, 36, 0]);
    const r = await ssh.exec('od -An -tx1 | tr -d " \\n"', { stdin: data });
    expect(r.stdout).toBe(data.toString('hex'));
    const big = Buffer.alloc(3 * 1024 * 1024, 'x');
    expect((await ssh.exec('wc -c', { stdin: big })).stdout.trim()).toBe(String(big.length));
  });

  it('does not leak cwd, environment or shell variables into the next command', async () => {
    await ssh.exec('cd /tmp; export KD_LEAK=1; kd_var=2; umask 077; alias ll=ls');
    const r = await ssh.exec('pwd; echo "${KD_LEAK-unset} ${kd_var-unset}"; umask');
    const [cwd, vars, mask] = r.stdout.trim().split('\n');
    expect(cwd).not.toBe('/tmp');
    expect(vars).toBe('unset unset');
    expect(mask).toBe('0022');
  });

  it('streams output chunks as they arrive, before the command ends', async () => {
    // The command waits for a file that only the stdout callback creates: without streaming
    // it would never end (and the test would time out).
    const go = `/tmp/kd-stream-${process.pid}`;
    const seen: string[] = [];
    await ssh.exec(sh`rm -f ${go}; echo first; while [ ! -e ${go} ]; do sleep 0.05; done; echo second; rm -f ${go}`, {
      onStdout: (c) => {
        seen.push(c.toString());
        if (seen.length === 1) void ssh.exec(sh`touch ${go}`);
      },
    });
    expect(seen.join('')).toBe('first\nsecond\n');
  });

  it('runs parallel commands on one host concurrently on at most four shells, each with its own output', async () => {
    // Each command reports its shell and when it ran, by the host's clock.
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => ssh.exec(sh`echo ${i} ${raw(SHELL_PID)} $(date +%s%N); sleep 1; date +%s%N`)),
    );
    const runs = results.map((r) => {
      const [first, end] = r.stdout.trim().split('\n');
      const [id, shell, begin] = first.split(' ');
      return { id, shell, begin: BigInt(begin), end: BigInt(end) };
    });
    expect(runs.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const shells = new Set(runs.map((r) => r.shell));
    expect(shells.size).toBe(4);
    const overlapping = (t: bigint) => runs.filter((r) => r.begin <= t && t < r.end).length;
    expect(Math.max(...runs.map((r) => overlapping(r.begin)))).toBe(4);
  });

  it('reuses one shell for sequential commands instead of opening a session per command', async () => {
    const parents = new Set<string>();
    for (let i = 0; i < 30; i++) parents.add((await ssh.exec(`echo ${SHELL_PID}`)).stdout.trim());
    expect(parents.size).toBe(1);
  });
});
