import { CancelledError, TimeoutError } from '@kdeploy/errors';
import { labRoot, outside } from './testing/lab-fixture';
import type { SshHost } from './ssh-host';
import type { LabHost, LabInfo } from '@kdeploy/testing';

let ssh: SshHost;
let lab: LabInfo;
let host: LabHost;
beforeAll(async () => {
  ({ ssh, lab, host } = await labRoot(1));
});
afterAll(() => ssh.close());

/** Processes whose argv is exactly `sleep <n>`, seen from outside this library. */
async function sleepers(n: number): Promise<string> {
  return (await outside(lab, host, `pgrep -x -f 'sleep ${n}' || true`)).trim();
}

describe('timeout and abort', () => {
  it('a timeout kills the command and what it started, and the shell keeps working', async () => {
    const err = await ssh.exec('sleep 1001 & sleep 1002; echo never', { timeoutMs: 1_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toContain(host.name);
    expect(await sleepers(1001)).toBe('');
    expect(await sleepers(1002)).toBe('');
    expect((await ssh.exec('echo still here')).stdout).toBe('still here\n');
  });

  it('an abort kills the command, even one that ignores SIGTERM', async () => {
    const ac = new AbortController();
    const running = ssh.exec(`trap '' TERM; sleep 1003 & sleep 1004`, { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 500));
    expect(await sleepers(1004)).not.toBe('');
    ac.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(await sleepers(1003)).toBe('');
    expect(await sleepers(1004)).toBe('');
    expect((await ssh.exec('echo next')).stdout).toBe('next\n');
  });

  it('an abort of a command with stdin kills it and leaves the shell in sync', async () => {
    const ac = new AbortController();
    const running = ssh.exec('cat >/dev/null; sleep 1005', { signal: ac.signal, stdin: 'x'.repeat(100_000) });
    setTimeout(() => ac.abort(), 300);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(await sleepers(1005)).toBe('');
    expect((await ssh.exec('echo in sync')).stdout).toBe('in sync\n');
  });

  it('an already aborted signal runs nothing', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(ssh.exec('touch /tmp/kdeploy-aborted-ran', { signal: ac.signal })).rejects.toBeInstanceOf(CancelledError);
    expect((await ssh.exec('test -e /tmp/kdeploy-aborted-ran', { allowFailure: true })).exitCode).toBe(1);
  });
});
