import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { removeBlocks } from './blocks';
import { LabError } from './exec';
import { forEachHost } from './fanout';
import { mountsUnder, unmountAll } from './mounts';
import { planForName } from './naming';
import { labNamespaces, labVeths, removeBridge, removeHostNetwork } from './network';
import { LabPaths } from './paths';
import { labNspawnProcesses, stopProcess } from './processes';
import { Progress } from './progress';
import { removeState } from './state';
import { labCgroupHosts, removeHostCgroups, removeLabCgroupRoots } from './cgroups';

/**
 * `lab down`: removes every trace of the lab, whether state.json knows of it or not. It
 * looks for the lab's own names (nspawn --directory under the hosts dir, mounts under
 * it, netns labN, veth vlabN, bridge lab0, the guard route), so it also cleans a killed
 * run, and it touches nothing else. Running it twice is the same as once.
 */
export async function labDown(paths: LabPaths, progress: Progress): Promise<void> {
  const procs = labNspawnProcesses(paths.hostsDir);
  await forEachHost(procs, 'Stop the hosts', async (p) => {
    const how = await stopProcess(p.pid, 20_000);
    progress.line(p.name, `nspawn ${p.pid} ${how}`);
  });

  const names = new Set<string>([...(await labNamespaces()), ...(await labVeths()).map((v) => v.slice(1)), ...labCgroupHosts()]);
  if (existsSync(paths.hostsDir)) for (const d of readdirSync(paths.hostsDir)) names.add(d);
  for (const name of [...names].sort()) {
    const plan = planForName(name);
    const killed = await removeHostCgroups(name);
    if (killed > 0) progress.line(name, `${killed} process(es) outlived the host's nspawn; killed`);
    const strays = plan ? await removeHostNetwork(plan.name, plan.veth) : 0;
    if (strays > 0) progress.line(name, `${strays} process(es) were left in its network namespace; killed`);
    const dir = join(paths.hostsDir, name);
    const unmounted = await unmountAll(dir);
    if (mountsUnder(dir).length > 0) throw new LabError(`${name}: ${dir} is still mounted; not deleting it`);
    // --one-file-system is implied by the check above; rmSync never follows symlinks out
    rmSync(dir, { recursive: true, force: true });
    progress.line(name, `removed${unmounted ? `, ${unmounted} mount(s) released` : ''}`);
  }
  const blocks = await removeBlocks().catch(() => 0);
  if (blocks > 0) progress.line('lab', `${blocks} block table(s) removed`);
  await removeBridge();
  removeLabCgroupRoots();
  removeState(paths);
  progress.line('lab', 'down (bridge, route, namespaces, veths, host dirs and state.json removed)');
}
