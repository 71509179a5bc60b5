import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError } from '@kdeploy/errors';
import { capturedLogger, labOptions, labRoot } from './testing/lab-fixture';
import { sh } from './sh';
import { SshHost } from './ssh-host';
import type { LabHost, LabInfo } from '@kdeploy/testing';

const PASSPHRASE = `CANARY-passphrase-${process.pid}`;
const PASSWORD = `CANARY-password-${process.pid}`;
const user = 'kdsecret';
const dir = mkdtempSync(join(tmpdir(), 'kdeploy-secrets-'));
const keyFile = join(dir, 'id_ed25519');
let root: SshHost;
let lab: LabInfo;
let host: LabHost;

beforeAll(async () => {
  ({ ssh: root, lab, host } = await labRoot(2));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', PASSPHRASE, '-f', keyFile]);
  const pub = readFileSync(`${keyFile}.pub`, 'utf8');
  await root.exec(sh`id ${user} >/dev/null 2>&1 || useradd -m -s /bin/bash ${user}; install -d -m 700 -o ${user} /home/${user}/.ssh`);
  await root.upload(pub, `/home/${user}/.ssh/authorized_keys`, { mode: 0o600, owner: user });
  await root.exec('chpasswd', { stdin: `${user}:${PASSWORD}\n` });
});

afterAll(async () => {
  await root.exec(sh`pkill -u ${user}; userdel -r ${user} 2>/dev/null; true`);
  await root.close();
});

function everything(err: unknown): string {
  const e = err as Error & { cause?: Error };
  return `${e.message}\n${e.stack}\n${e.cause?.message ?? ''}\n${JSON.stringify(e)}`;
}

describe('secrets stay out of logs and errors', () => {
  it('connects with a passphrase-protected key; a wrong passphrase fails without naming either', async () => {
    const { logger, text } = capturedLogger();
    const opts = labOptions(lab, host, { username: user, privateKeyFile: keyFile, passphrase: PASSPHRASE, logger });
    const ok = new SshHost(opts);
    expect((await ok.exec('id -un', { sudo: false })).stdout.trim()).toBe(user);
    await ok.close();
    const bad = new SshHost({ ...opts, passphrase: `${PASSPHRASE}-wrong` });
    const err = await bad.exec('true', { sudo: false }).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(everything(err)).not.toContain('CANARY');
    expect(text()).not.toContain('CANARY');
  });

  it('a wrong password fails without naming it; a right one works; logs stay clean', async () => {
    const { logger, text } = capturedLogger();
    const opts = labOptions(lab, host, { username: user, privateKeyFile: undefined, password: PASSWORD, logger });
    const ok = new SshHost(opts);
    expect((await ok.exec('id -un', { sudo: false })).stdout.trim()).toBe(user);
    await ok.close();
    const bad = new SshHost({ ...opts, password: `${PASSWORD}-wrong` });
    const err = await bad.exec('true', { sudo: false }).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(everything(err)).not.toContain('CANARY');
    expect(text()).not.toContain('CANARY');
  });
});
