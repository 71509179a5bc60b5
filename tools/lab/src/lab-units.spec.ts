import { CGROUP_CONTROLLERS, cgroupRemountUnit } from './lab-units';

describe('lab cgroup remount unit', () => {
  const unit = cgroupRemountUnit();

  it('remounts every cgroup v1 controller a container runtime needs', () => {
    for (const c of CGROUP_CONTROLLERS) expect(unit).toContain(`mount -t cgroup -o ${c} cgroup /sys/fs/cgroup/${c}`);
  });

  it('runs once, before early boot units and before the container runtimes', () => {
    expect(unit).toMatch(/^Type=oneshot$/m);
    expect(unit).toMatch(/^DefaultDependencies=no$/m);
    expect(unit).toMatch(/^Before=.*\bsysinit\.target\b.*\bcontainerd\.service\b/m);
    expect(unit).toMatch(/^Before=.*\bdocker\.service\b.*\bcri-docker\.service\b/m);
    expect(unit).toMatch(/^WantedBy=sysinit\.target$/m);
  });
});
