import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostKeyMismatchError } from '@kdeploy/errors';
import { ensureLab, type LabHost, type LabInfo } from '@kdeploy/testing';
import { labOptions, outside } from './testing/lab-fixture';
import { SshHost } from './ssh-host';

let lab: LabInfo;
let host: LabHost;
let other: LabHost;
const marker = `/tmp/kdeploy-hostkey-marker-${process.pid}`;
const tmp = mkdtempSync(join(tmpdir(), 'kdeploy-known-'));
beforeAll(async () => {
  lab = await ensureLab(2);
  [host, other] = lab.hosts;
  await outside(lab, host, `rm -f ${marker}`);
});

/** A command that would leave a trace if it ever ran; the host must not have it afterwards. */
async function expectRefused(ssh: SshHost): Promise<HostKeyMismatchError> {
  const err = await ssh.exec(`touch ${marker}`).catch((e) => e);
  await ssh.close();
  expect(err).toBeInstanceOf(HostKeyMismatchError);
  expect((await outside(lab, host, `test -e ${marker} && echo ran || echo absent`)).trim()).toBe('absent');
  return err;
}

describe('host key verification', () => {
  it('refuses a wrong pinned fingerprint before any command runs', async () => {
    const ssh = new SshHost(labOptions(lab, host, { hostKey: { fingerprint: other.hostKeyFingerprint } }));
    const err = await expectRefused(ssh);
    expect(err.message).toContain(host.name);
    expect(err.actual).toBe(host.hostKeyFingerprint);
  });

  it('refuses a known_hosts file that lists another key for the address', async () => {
    const otherLine =
      readFileSync(lab.knownHostsFile, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${other.address} `)) ?? '';
    const file = join(tmp, 'swapped');
    writeFileSync(file, otherLine.replace(other.address, host.address) + '\n');
    await expectRefused(new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: file } })));
  });

  it('accepts the key listed in the lab known_hosts file', async () => {
    const ssh = new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: lab.knownHostsFile } }));
    expect((await ssh.exec('hostname')).stdout.trim()).toBe(host.name);
    await ssh.close();
  });

  it('refuses an unknown host unless trust on first use is asked for', async () => {
    const file = join(tmp, 'empty');
    writeFileSync(file, '');
    await expectRefused(new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: file } })));
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('with trust on first use records the key, then pins it', async () => {
    const file = join(tmp, 'tofu');
    const first = new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: file, trustOnFirstUse: true } }));
    expect((await first.exec('hostname')).stdout.trim()).toBe(host.name);
    await first.close();
    const recorded = readFileSync(file, 'utf8');
    expect(recorded.trim().split('\n')).toHaveLength(1);
    const again = new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: file, trustOnFirstUse: true } }));
    await again.exec('true');
    await again.close();
    expect(readFileSync(file, 'utf8')).toBe(recorded);
    // The recorded entry now pins the host: another key for it is a mismatch, TOFU or not.
    const blob = readFileSync(lab.knownHostsFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${other.address} `))
      ?.split(' ')[2];
    writeFileSync(file, recorded.replace(recorded.trim().split(' ')[2], blob ?? ''));
    await expectRefused(new SshHost(labOptions(lab, host, { hostKey: { knownHostsFile: file, trustOnFirstUse: true } })));
  });
});
