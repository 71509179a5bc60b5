import { existsSync, mkdirSync } from 'node:fs';
import { LabError, run } from './exec';
import { writeArtifacts } from './artifacts';
import { bootHost, consoleTail, prepareHost, runningPid } from './host';
import { HostIdentity } from './identity';
import { HostPlan, hostPlans, planForName } from './naming';
import { ensureBridge } from './network';
import { ensurePackages } from './packages';
import { hostDirs, LabPaths } from './paths';
import { Progress } from './progress';
import { ensureRootfs } from './rootfs';
import { ensureClientKey, waitForSystem } from './ssh';
import { buildState, readState, writeKnownHosts, writeState } from './state';
import { forEachHost } from './fanout';
import type { LabInfo } from '@kdeploy/testing';

/**
 * `lab up N`: makes lab1..labN run (keeping hosts that already run, and any higher ones a
 * previous `lab up` started), then writes .lab/. Re-running it on a running lab only checks.
 */
export async function labUp(paths: LabPaths, count: number, progress: Progress): Promise<LabInfo> {
  await progress.phase(
    'packages',
    () => ensurePackages(),
    (r) => r,
  );
  const rootfs = await progress.phase(
    'rootfs',
    () => ensureRootfs(paths.cacheDir),
    (r) => `${r.built ? 'built' : 'cached'} ${r.path}`,
  );
  const authorizedKey = await ensureClientKey(paths.privateKey);
  await progress.phase(
    'artifacts',
    () => writeArtifacts(paths.repoRoot, paths.artifactsDir, (l) => progress.line('artifacts', l)),
    (m) => `${m.artifacts.length} artifacts (Kubernetes ${m.kubernetes}, ${m.go}) in ${paths.artifactsDir}`,
  );
  await progress.phase(
    'network',
    () => ensureBridge(),
    () => 'bridge lab0 10.211.0.1/24, guard route unreachable 10.211.0.0/16',
  );

  await refuseOverlayHostsDir(paths.hostsDir);
  const hosts = targetHosts(paths, count);
  const booted = new Set<string>();
  const identities = await forEachHost(hosts, 'Prepare the hosts', async (host): Promise<HostIdentity> => {
    const dirs = hostDirs(paths, host.name);
    const wasRunning = runningPid(dirs) !== undefined;
    const t0 = Date.now();
    const fresh = !existsSync(dirs.identityFile);
    const identity = await prepareHost(dirs, rootfs.path, host.name, authorizedKey);
    if (fresh) progress.line(host.name, `new identity, machine-id ${identity.machineId} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    if (!wasRunning) booted.add(host.name);
    return identity;
  });
  const withIdentity = hosts.map((plan, i) => ({ plan, identity: identities[i] }));
  // known_hosts must list every host before the first ssh, which verifies against it
  writeKnownHosts(paths, withIdentity);

  await forEachHost(hosts, 'Start the hosts', (host) => startAndWait(paths, host, booted.has(host.name), progress));
  const state = buildState(paths, withIdentity);
  writeState(paths, state);
  progress.line('lab', `${hosts.length} hosts up: ${hosts.map((h) => `${h.name}=${h.address}`).join(' ')}`);
  return state;
}

/** Boots the host if it was not running, then waits for its systemd over verified ssh. */
export async function startAndWait(paths: LabPaths, host: HostPlan, boot: boolean, progress: Progress): Promise<void> {
  const dirs = hostDirs(paths, host.name);
  const t0 = Date.now();
  if (boot) await bootHost(host, dirs);
  try {
    const state = await waitForSystem(host.address, paths.privateKey, paths.knownHosts, () => runningPid(dirs) !== undefined);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    progress.line(host.name, `${boot ? 'booted' : 'already running'}, ${host.address}, systemd ${state} (${secs}s)`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`${host.address} did not come up: ${reason}\n--- console ${dirs.consoleLog} (tail) ---\n${consoleTail(dirs)}`);
  }
}

/** An overlay upper dir cannot live on overlayfs (as / is in many containers): say so plainly. */
async function refuseOverlayHostsDir(hostsDir: string): Promise<void> {
  mkdirSync(hostsDir, { recursive: true });
  const fsType = (await run(['stat', '-f', '-c', '%T', hostsDir])).trim();
  if (fsType === 'overlayfs') throw new LabError(`${hostsDir} is on overlayfs; host overlays need a real filesystem there`);
}

/** lab1..labN plus any higher host the current state already lists. */
function targetHosts(paths: LabPaths, count: number): HostPlan[] {
  const plans = new Map(hostPlans(count).map((p) => [p.name, p]));
  for (const h of readState(paths)?.hosts ?? []) {
    const plan = planForName(h.name);
    if (plan && existsSync(hostDirs(paths, h.name).identityFile)) plans.set(plan.name, plan);
  }
  return [...plans.values()].sort((a, b) => a.index - b.index);
}
