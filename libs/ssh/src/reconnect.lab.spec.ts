import { ConnectionError } from '@kdeploy/errors';
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

/** pid of the sshd process serving our connection: the parent of our persistent shell. */
async function ourSshd(): Promise<string> {
  // $PPID is the job wrapper (a fork of the persistent shell); its parent is that shell.
  const r = await ssh.exec(`shell=$(awk '{print $4}' /proc/$PPID/stat); awk '{print $4}' /proc/$shell/stat`);
  return r.stdout.trim();
}

describe('reconnect', () => {
  it('fails the call in flight with ConnectionError naming the host, then reconnects', async () => {
    const sshd = await ourSshd();
    expect(await outside(lab, host, `cat /proc/${sshd}/cmdline | tr '\\0' ' '`)).toContain('sshd');
    const inFlight = ssh.exec('sleep 30');
    await new Promise((r) => setTimeout(r, 300));
    await outside(lab, host, `kill ${sshd}`);
    const err = await inFlight.catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain(host.name);
    expect((await ssh.exec('echo back')).stdout).toBe('back\n');
    expect(await ourSshd()).not.toBe(sshd);
  });

  it('reconnects after close()', async () => {
    await ssh.exec('true');
    await ssh.close();
    expect((await ssh.exec('echo reopened')).stdout).toBe('reopened\n');
  });
});
