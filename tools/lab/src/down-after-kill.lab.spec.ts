import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@kdeploy/testing';
import { createHostCgroups, joinCgroupsAndExec, labCgroupHosts, pidsInHostCgroups, removeHostCgroups } from './cgroups';
import { mountsUnder } from './mounts';
import { labNamespaces, labVeths } from './network';
import { labPaths } from './paths';
import { labNspawnProcesses, sleep } from './processes';

jest.setTimeout(300_000);

const lab = join(repoRoot(), 'tools', 'lab', 'bin', 'lab');

/** Everything of the lab this machine still holds: what `lab down` must leave empty. */
async function leftovers() {
  const paths = labPaths();
  const hosts = labCgroupHosts();
  return {
    nspawn: labNspawnProcesses(paths.hostsDir).map((p) => p.name),
    namespaces: await labNamespaces(),
    veths: await labVeths(),
    mounts: mountsUnder(paths.hostsDir),
    cgroupHosts: hosts,
    processesInCgroups: hosts.flatMap((h) => pidsInHostCgroups(h)),
    bridge: spawnSync('ip', ['link', 'show', 'lab0'], { stdio: 'ignore' }).status === 0,
  };
}

// This test takes the whole lab down: it runs in the lab project, whose other tests need no
// hosts; later projects' ensureLab starts the lab again.
describe('lab down after a killed lab up, a killed nspawn, a frozen cgroup', () => {
  it('leaves no process, namespace, veth, mount, cgroup or bridge behind', async () => {
    expect(spawnSync(lab, ['down'], { stdio: 'ignore' }).status).toBe(0);
    const up = spawn(lab, ['up', '3'], { stdio: 'ignore', detached: true });
    // kill the tool (and its flock and node) once a host has booted, before the lab is complete
    const deadline = Date.now() + 180_000;
    while (labNspawnProcesses(labPaths().hostsDir).length === 0 && Date.now() < deadline) await sleep(100);
    expect(labNspawnProcesses(labPaths().hostsDir).length).toBeGreaterThan(0);
    process.kill(-(up.pid ?? 0), 'SIGKILL');
    await new Promise((r) => up.once('exit', r));
    await sleep(3000); // hosts that were booting go on running without the tool
    const running = labNspawnProcesses(labPaths().hostsDir);
    expect(running.length).toBeGreaterThan(0);
    // and a host whose nspawn itself died: its systemd, journald and sshd run on without it
    process.kill(running[0].pid, 'SIGKILL');
    await sleep(500);
    expect(pidsInHostCgroups(running[0].name).length).toBeGreaterThan(0);

    expect(spawnSync(lab, ['down'], { stdio: 'ignore' }).status).toBe(0);
    expect(await leftovers()).toEqual({
      nspawn: [],
      namespaces: [],
      veths: [],
      mounts: [],
      cgroupHosts: [],
      processesInCgroups: [],
      bridge: false,
    });
  });

  it('ends a host process whose cgroup a killed runc left frozen (deaf to SIGKILL until thawed)', async () => {
    const name = 'freeze-test';
    const dirs = createHostCgroups(name);
    const [cmd, ...args] = [...joinCgroupsAndExec(dirs), 'sleep', '300'];
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    const exited = new Promise((r) => child.once('exit', r));
    while (pidsInHostCgroups(name).length === 0) await sleep(50);
    const freezer = dirs.find((d) => d.includes('/freezer/'));
    expect(freezer).toBeDefined();
    writeFileSync(join(freezer ?? '', 'freezer.state'), 'FROZEN');
    while (readFileSync(join(freezer ?? '', 'freezer.state'), 'utf8').trim() !== 'FROZEN') await sleep(50);
    expect(await removeHostCgroups(name)).toBeGreaterThan(0);
    await exited;
    expect(labCgroupHosts()).not.toContain(name);
  });
});
