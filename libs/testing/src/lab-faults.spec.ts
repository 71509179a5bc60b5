import { readFileSync, readdirSync } from 'node:fs';
import { ensureLab, healHost, partitionHost, powerOffHost, powerOnHost, crashHost } from './lab';
import { LabHost, LabInfo } from './lab-info';
import { labSsh } from './lab-ssh';

jest.setTimeout(180_000);

/** PIDs on this machine that run in the host's cgroups (`kdeploy-lab/NAME` in any hierarchy). */
function processesOf(name: string): number[] {
  const mine = new RegExp(`/kdeploy-lab/${name}(/|$)`, 'm');
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        return mine.test(readFileSync(`/proc/${pid}/cgroup`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
}

// Faults go to lab4 only: lab1..lab3 stay up for tests that run at the same time.
describe('lab fault injection', () => {
  let lab: LabInfo;
  let host: LabHost;
  beforeAll(async () => {
    lab = await ensureLab(4);
    host = lab.hosts[3];
    expect(host.name).toBe('lab4');
  });

  const identity = async () => (await labSsh(lab, host, 'cat /etc/machine-id /etc/ssh/ssh_host_ed25519_key.pub')).stdout;

  it('partition makes the host unreachable and heal brings it back', async () => {
    await partitionHost(host.name);
    try {
      const cut = await labSsh(lab, host, 'true', 2);
      expect(cut.code).toBe(255);
    } finally {
      await healHost(host.name);
    }
    expect((await labSsh(lab, host, 'hostname')).stdout.trim()).toBe(host.name);
  });

  it('poweroff then poweron keeps the machine-id and host key', async () => {
    const before = await identity();
    await powerOffHost(host.name);
    expect((await labSsh(lab, host, 'true', 2)).code).toBe(255);
    await powerOnHost(host.name);
    expect(await identity()).toBe(before);
  });

  it('a crashed host boots again with the same identity and a new boot id', async () => {
    const before = await identity();
    const bootBefore = (await labSsh(lab, host, 'cat /proc/sys/kernel/random/boot_id')).stdout;
    await crashHost(host.name);
    expect((await labSsh(lab, host, 'true', 2)).code).toBe(255);
    // pulling the plug ends every process of the host, not only its nspawn
    expect(processesOf(host.name)).toEqual([]);
    await powerOnHost(host.name);
    expect(await identity()).toBe(before);
    // nspawn gives each boot of a container its own boot_id, so this shows a real reboot
    expect((await labSsh(lab, host, 'cat /proc/sys/kernel/random/boot_id')).stdout).not.toBe(bootBefore);
  });
});
