import { mkdirSync, symlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cgroup v1 controllers nspawn mounts read-only inside a host. */
export const CGROUP_CONTROLLERS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'blkio', 'pids', 'devices', 'freezer'];

const UNIT = 'lab-cgroup-remount.service';

/** The units a lab host starts before sysinit.target is reached (from list-dependencies there). */
const EARLY_UNITS = [
  'local-fs-pre.target',
  'sysinit.target',
  'systemd-remount-fs.service',
  'systemd-journal-flush.service',
  'systemd-modules-load.service',
  'systemd-sysctl.service',
  'systemd-sysusers.service',
  'systemd-tmpfiles-setup-dev.service',
  'systemd-tmpfiles-setup.service',
  'systemd-update-utmp.service',
  'systemd-random-seed.service',
  'systemd-binfmt.service',
  'systemd-firstboot.service',
  'systemd-machine-id-commit.service',
  'systemd-pstore.service',
  'kmod-static-nodes.service',
  'containerd.service',
  'docker.service',
  'cri-docker.service',
  'kubelet.service',
];

/**
 * A lab-only oneshot unit: nspawn mounts the cgroup v1 controllers read-only, so runc cannot
 * create container cgroups until each is mounted afresh. This is a property of the lab,
 * not of real machines, so it lives here and never in the product's node installer.
 */
export function cgroupRemountUnit(): string {
  // Inside the host's cgroup namespace a fresh mount shows the host's own cgroup as the
  // root (cgroups.ts gives each host its own), and / is made rshared because the kubelet
  // propagates volume mounts into containers, as on any systemd machine outside nspawn.
  const script = [
    'mount --make-rshared /',
    ...CGROUP_CONTROLLERS.map(
      (c) => `umount /sys/fs/cgroup/${c} 2>/dev/null; mkdir -p /sys/fs/cgroup/${c}; mount -t cgroup -o ${c} cgroup /sys/fs/cgroup/${c}`,
    ),
  ].join('; ');
  return [
    '[Unit]',
    'Description=Lab only: shared mount propagation, cgroup v1 controllers writable for container runtimes',
    // first of all: while a controller is being remounted, a unit that starts at that
    // moment fails with 219/CGROUP (seen here), so every early unit waits for this one
    'DefaultDependencies=no',
    `Before=${EARLY_UNITS.join(' ')}`,
    '',
    '[Service]',
    'Type=oneshot',
    'RemainAfterExit=yes',
    `ExecStart=/bin/sh -c '${script}; true'`,
    '',
    '[Install]',
    'WantedBy=sysinit.target',
    '',
  ].join('\n');
}

/** Installs and enables the unit in a host root (by symlink, since the host is not booted). */
export function installLabUnits(root: string): void {
  const dir = join(root, 'etc', 'systemd', 'system');
  mkdirSync(join(dir, 'sysinit.target.wants'), { recursive: true });
  writeFileSync(join(dir, UNIT), cgroupRemountUnit());
  const link = join(dir, 'sysinit.target.wants', UNIT);
  rmSync(link, { force: true });
  symlinkSync(`/etc/systemd/system/${UNIT}`, link);
}
