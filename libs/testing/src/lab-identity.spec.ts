import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { ensureLab } from './lab';
import { LabInfo } from './lab-info';
import { labSsh } from './lab-ssh';

jest.setTimeout(180_000);

// Only lab1..lab3 are used here; fault tests use lab4, so the two files can run at once.
describe('lab hosts have their own identity', () => {
  let lab: LabInfo;
  beforeAll(async () => {
    lab = await ensureLab(3);
  });
  const hosts = () => lab.hosts.slice(0, 3);

  it('answers systemctl is-system-running with running or degraded on every host', async () => {
    for (const host of hosts()) {
      const r = await labSsh(lab, host, 'systemctl is-system-running');
      expect(['running', 'degraded']).toContain(r.stdout.trim());
    }
  });

  it('gives every host a distinct machine-id, also in the D-Bus copy', async () => {
    const ids: string[] = [];
    for (const host of hosts()) {
      const r = await labSsh(lab, host, 'cat /etc/machine-id /var/lib/dbus/machine-id');
      const [etc, dbus] = r.stdout.trim().split('\n');
      expect(etc).toMatch(/^[0-9a-f]{32}$/);
      expect(dbus).toBe(etc);
      expect(host.machineId).toBe(etc);
      ids.push(etc);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every host a distinct host key, pinned in known_hosts by address', async () => {
    const known = readFileSync(lab.knownHostsFile, 'utf8').trim().split('\n');
    expect(known).toHaveLength(lab.hosts.length);
    for (const host of hosts()) {
      const served = (await labSsh(lab, host, 'cat /etc/ssh/ssh_host_ed25519_key.pub')).stdout.trim().split(' ');
      expect(known).toContain(`${host.address} ${served[0]} ${served[1]}`);
      const printed = execFileSync('ssh-keygen', ['-lf', '-'], { input: `${served[0]} ${served[1]}\n`, encoding: 'utf8' });
      expect(printed.split(' ')[1]).toBe(host.hostKeyFingerprint);
    }
    expect(new Set(lab.hosts.map((h) => h.hostKeyFingerprint)).size).toBe(lab.hosts.length);
  });

  it("serves the pinned key: strict ssh succeeds with the lab known_hosts and fails with another host's entry", async () => {
    const [a, b] = hosts();
    expect((await labSsh(lab, a, 'hostname')).stdout.trim()).toBe(a.name);
    const known = readFileSync(lab.knownHostsFile, 'utf8').split('\n');
    const bLine = known.find((l) => l.startsWith(`${b.address} `)) ?? '';
    const bKey = bLine.split(' ').slice(1).join(' ');
    expect(bKey).toMatch(/^ssh-ed25519 /);
    const wrong = `${a.address} ${bKey}\n`;
    const tmp = `${lab.knownHostsFile}.wrong-${process.pid}`;
    writeFileSync(tmp, wrong);
    try {
      const r = await labSsh({ ...lab, knownHostsFile: tmp }, a, 'true');
      expect(r.code).toBe(255);
      expect(r.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
    } finally {
      rmSync(tmp, { force: true });
    }
  });

  it('gives the lab private key mode 0600', () => {
    const mode = statSync(lab.privateKeyFile).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});
