import { hierarchies, hostCgroupDirs, joinCgroupsAndExec } from './cgroups';

// /proc/self/cgroup as read on these machines (cgroup v1, this process in a memory cgroup of its own)
const SELF = ['9:name=systemd:/', '8:pids:/', '4:memory:/process_api/abc', '3:cpuset:/', '1:cpu:/', '0::/', ''].join('\n');

describe('lab host cgroups', () => {
  it('puts each host below the cgroup this process is in, in every v1 hierarchy mounted here', () => {
    const found = hierarchies(SELF).filter((h) => ['systemd', 'pids', 'memory', 'cpuset', 'cpu'].includes(h.mount));
    expect(found).toEqual([
      { mount: 'systemd', ownPath: '/' },
      { mount: 'pids', ownPath: '/' },
      { mount: 'memory', ownPath: '/process_api/abc' },
      { mount: 'cpuset', ownPath: '/' },
      { mount: 'cpu', ownPath: '/' },
    ]);
    expect(hostCgroupDirs('lab3', found)).toContain('/sys/fs/cgroup/memory/process_api/abc/kdeploy-lab/lab3');
    expect(hostCgroupDirs('lab3', found)).toContain('/sys/fs/cgroup/systemd/kdeploy-lab/lab3');
  });

  it('includes the cgroup v2 hierarchy of hybrid mode (systemd keeps its tree there) and skips what is not mounted', () => {
    expect(hierarchies('0::/\n12:nosuchcontroller:/\n').map((h) => h.mount)).toEqual(['unified']);
  });

  it('joins every cgroup before exec, so nspawn and all it starts are inside them', () => {
    const argv = joinCgroupsAndExec(['/sys/fs/cgroup/cpu/kdeploy-lab/lab1', '/sys/fs/cgroup/memory/kdeploy-lab/lab1']);
    expect(argv.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(argv[2]).toBe(
      "echo $$ > '/sys/fs/cgroup/cpu/kdeploy-lab/lab1/cgroup.procs' && echo $$ > '/sys/fs/cgroup/memory/kdeploy-lab/lab1/cgroup.procs' && exec \"$@\"",
    );
  });
});
