import { PreconditionError } from '@kdeploy/errors';
import { capturedLogger, labOptions, labRoot, outside } from './testing/lab-fixture';
import { sh } from './sh';
import { SshHost } from './ssh-host';
import type { LabHost, LabInfo } from '@kdeploy/testing';

const CANARY = `CANARY-sudo-${process.pid}-pw`;
const users = { nopasswd: 'kdsudo1', password: 'kdsudo2', none: 'kdsudo3' };
let root: SshHost;
let lab: LabInfo;
let host: LabHost;

beforeAll(async () => {
  ({ ssh: root, lab, host } = await labRoot(2));
  for (const user of Object.values(users)) {
    await root.exec(sh`id ${user} >/dev/null 2>&1 || useradd -m -s /bin/bash ${user}
      install -d -m 700 -o ${user} -g ${user} /home/${user}/.ssh
      install -m 600 -o ${user} -g ${user} /root/.ssh/authorized_keys /home/${user}/.ssh/authorized_keys`);
  }
  await root.exec('chpasswd', { stdin: `${users.password}:${CANARY}\n` });
  await root.upload(`${users.nopasswd} ALL=(ALL) NOPASSWD: ALL\n`, `/etc/sudoers.d/${users.nopasswd}`, { mode: 0o440 });
  await root.upload(`${users.password} ALL=(ALL) ALL\n`, `/etc/sudoers.d/${users.password}`, { mode: 0o440 });
});

afterAll(async () => {
  for (const user of Object.values(users))
    await root.exec(sh`rm -f /etc/sudoers.d/${user}; pkill -u ${user}; userdel -r ${user} 2>/dev/null; true`);
  await root.close();
});

describe('non-root users and sudo', () => {
  it('runs as root through sudo -n by default, as the user with sudo: false', async () => {
    const ssh = new SshHost(labOptions(lab, host, { username: users.nopasswd }));
    expect((await ssh.exec('id -u')).stdout.trim()).toBe('0');
    expect((await ssh.exec('id -un', { sudo: false })).stdout.trim()).toBe(users.nopasswd);
    const r = await ssh.upload('x\n', `/etc/kdeploy-sudo-test-${process.pid}`, { mode: 0o600 });
    expect(r.changed).toBe(true);
    expect(
      (await outside(lab, host, `stat -c '%a %U' /etc/kdeploy-sudo-test-${process.pid}; rm /etc/kdeploy-sudo-test-${process.pid}`)).trim(),
    ).toBe('600 root');
    // a large file is staged by the user in /tmp, then copied into place by root: nothing staged is left
    const big = Buffer.alloc(1_000_000, 7);
    expect((await ssh.upload(big, `/etc/kdeploy-sudo-big-${process.pid}`, { mode: 0o640 })).changed).toBe(true);
    expect(
      (
        await outside(
          lab,
          host,
          `stat -c '%a %U %s' /etc/kdeploy-sudo-big-${process.pid}; rm /etc/kdeploy-sudo-big-${process.pid}; ls -A /tmp | grep -c kdeploy-sudo-big || true`,
        )
      ).trim(),
    ).toBe('640 root 1000000\n0');
    await ssh.close();
  });

  it('fails fast with PreconditionError when sudo would need a password and none is given', async () => {
    const ssh = new SshHost(labOptions(lab, host, { username: users.none }));
    const err = await ssh.exec('id -u').catch((e) => e);
    expect(err).toBeInstanceOf(PreconditionError);
    expect(err.message).toContain(host.name);
    await ssh.close();
  });

  it('sends the sudo password over stdin only: never in argv, logs or errors', async () => {
    const { logger, text } = capturedLogger();
    const ssh = new SshHost(
      labOptions(lab, host, { username: users.password, password: CANARY, privateKeyFile: undefined, sudoPassword: CANARY, logger }),
    );
    expect((await ssh.exec('id -u')).stdout.trim()).toBe('0');
    const running = ssh.exec('sleep 1006');
    await new Promise((r) => setTimeout(r, 500));
    const ps = await outside(lab, host, 'ps -eo args');
    expect(ps).toContain('sleep 1006');
    expect(ps).not.toContain(CANARY);
    await ssh.exec('pkill -x -f "sleep 1006"; true');
    await running.catch(() => undefined);
    await ssh.close();

    const wrong = new SshHost(labOptions(lab, host, { username: users.password, sudoPassword: `${CANARY}-wrong`, logger }));
    const err = await wrong.exec('id -u').catch((e) => e);
    expect(err).toBeInstanceOf(PreconditionError);
    expect(`${err.message} ${err.cause?.message ?? ''}`).not.toContain(CANARY);
    await wrong.close();
    expect(text()).not.toContain(CANARY);
  });
});
