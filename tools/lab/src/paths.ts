import { join } from 'node:path';
import { repoRoot } from '@kdeploy/testing';

/**
 * Where the lab keeps things. Host dirs live under /var/lib (ext4 here, never overlayfs:
 * an overlay upper dir cannot itself sit on overlayfs), the rootfs cache under /var/cache
 * so that it outlives `lab down` and a fresh clone of the repo.
 */
export interface LabPaths {
  repoRoot: string;
  labDir: string;
  privateKey: string;
  publicKey: string;
  knownHosts: string;
  stateFile: string;
  artifactsDir: string;
  cacheDir: string;
  hostsDir: string;
}

export function labPaths(root: string = repoRoot()): LabPaths {
  const labDir = join(root, '.lab');
  return {
    repoRoot: root,
    labDir,
    privateKey: join(labDir, 'id_ed25519'),
    publicKey: join(labDir, 'id_ed25519.pub'),
    knownHosts: join(labDir, 'known_hosts'),
    stateFile: join(labDir, 'state.json'),
    artifactsDir: join(labDir, 'artifacts'),
    cacheDir: '/var/cache/kdeploy-lab',
    hostsDir: '/var/lib/kdeploy-lab/hosts',
  };
}

/** One host's directories: overlay layers, merged root, console log and nspawn pid. */
export interface HostDirs {
  dir: string;
  upper: string;
  work: string;
  root: string;
  consoleLog: string;
  pidFile: string;
  /** Written last when the host's identity is made, so a half-made host is redone. */
  identityFile: string;
  /** The host's /var/lib/containerd, on this machine's own filesystem (see nspawnArgv). */
  containerdDir: string;
  /** The host's /var/lib/docker, likewise (Docker's overlay2 storage driver, see nspawnArgv). */
  dockerDir: string;
}

export function hostDirs(paths: LabPaths, name: string): HostDirs {
  const dir = join(paths.hostsDir, name);
  return {
    dir,
    upper: join(dir, 'upper'),
    work: join(dir, 'work'),
    root: join(dir, 'root'),
    consoleLog: join(dir, 'console.log'),
    pidFile: join(dir, 'nspawn.pid'),
    identityFile: join(dir, 'identity.json'),
    containerdDir: join(dir, 'containerd'),
    dockerDir: join(dir, 'docker'),
  };
}
