import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec';

export const SUITE = 'bookworm';
export const MIRROR = 'http://deb.debian.org/debian';

/**
 * What every lab host has beyond minbase. Beyond the recipe: sudo, iptables, kmod and
 * libseccomp2 (runc links it), conntrack, ipset, ethtool, socat and procps, which a node
 * running containerd, CNI and kube-proxy expects on a real machine; zstd, which makes first
 * transfers about three times faster.
 */
export const INCLUDE = [
  'systemd',
  'systemd-sysv',
  'openssh-server',
  'iproute2',
  'dbus',
  'openssl',
  'ca-certificates',
  'sudo',
  'iptables',
  'kmod',
  'libseccomp2',
  'conntrack',
  'ipset',
  'ethtool',
  'socat',
  'procps',
  // the control plane's local endpoint proxy (master- and node-installer) is Debian's HAProxy
  'haproxy',
  // large artifacts travel zstd-compressed to hosts that have it (Ubuntu installs it by default)
  'zstd',
];

/** The debootstrap argv (without the target), the one input of the cache key. */
export function debootstrapArgs(): string[] {
  return ['--variant=minbase', `--include=${INCLUDE.join(',')}`, SUITE];
}

/** Cache dir name for the args: a change of the package list makes a new rootfs, never a stale one. */
export function rootfsName(args: string[] = debootstrapArgs(), mirror = MIRROR): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([args, mirror]))
    .digest('hex');
  return `rootfs-${hash.slice(0, 16)}`;
}

/**
 * Returns the shared rootfs, building it once. The build goes into a temp dir that is
 * renamed at the end, so a killed build leaves only a temp dir (removed next time),
 * never a half rootfs under the final name.
 */
export async function ensureRootfs(cacheDir: string): Promise<{ path: string; built: boolean }> {
  const path = join(cacheDir, rootfsName());
  if (existsSync(join(path, 'etc', 'os-release'))) return { path, built: false };
  mkdirSync(cacheDir, { recursive: true });
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith(`${rootfsName()}.tmp-`)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  const tmp = `${path}.tmp-${process.pid}`;
  await run(['debootstrap', ...debootstrapArgs(), tmp, MIRROR]);
  finishRootfs(tmp);
  renameSync(tmp, path);
  return { path, built: true };
}

/** Makes the shared rootfs identity-free: each host gets its own keys and machine-id later. */
function finishRootfs(root: string): void {
  for (const f of readdirSync(join(root, 'etc', 'ssh'))) {
    if (f.startsWith('ssh_host_')) rmSync(join(root, 'etc', 'ssh', f));
  }
  writeFileSync(join(root, 'etc', 'machine-id'), '');
  rmSync(join(root, 'var', 'lib', 'dbus', 'machine-id'), { force: true });
  rmSync(join(root, 'var', 'cache', 'apt', 'archives'), { recursive: true, force: true });
  mkdirSync(join(root, 'var', 'cache', 'apt', 'archives', 'partial'), { recursive: true });
}
