import { nspawnArgv } from './host';
import { hostPlan } from './naming';
import { hostDirs, labPaths } from './paths';

describe('lab host nspawn argv', () => {
  const dirs = hostDirs(labPaths('/repo'), 'lab2');
  const argv = nspawnArgv(hostPlan(2), dirs);

  it('boots the host root in its own network namespace', () => {
    expect(argv).toContain('--directory=/var/lib/kdeploy-lab/hosts/lab2/root');
    expect(argv).toContain('--network-namespace-path=/run/netns/lab2');
  });

  it('binds the container runtimes’ state dirs from plain directories of the host dir (overlayfs cannot nest)', () => {
    expect(argv).toContain('--bind=/var/lib/kdeploy-lab/hosts/lab2/containerd:/var/lib/containerd');
    expect(argv).toContain('--bind=/var/lib/kdeploy-lab/hosts/lab2/docker:/var/lib/docker');
    // inside the host dir, so `lab down` removes them with it and poweroff keeps them
    for (const d of [dirs.containerdDir, dirs.dockerDir]) expect(d.startsWith(`${dirs.dir}/`)).toBe(true);
  });
});
