import { HostsFailedError, KdeployError, RemoteCommandError, SpecError } from './index';

describe('errors', () => {
  it('name every failed host in one message', () => {
    const e = new HostsFailedError('Install etcd', [
      { host: 'lab1', error: new Error('disk full') },
      { host: 'lab3', error: new Error('timeout') },
    ]);
    expect(e.message).toBe('Install etcd failed on 2 host(s): lab1: disk full; lab3: timeout');
    expect(e).toBeInstanceOf(KdeployError);
    expect(e.name).toBe('HostsFailedError');
  });

  it('carry host, command, exit code and stderr tail of a failed remote command', () => {
    const e = new RemoteCommandError('lab2', 'systemctl start etcd', 1, 'Job failed');
    expect(e.message).toBe('lab2: command failed (exit 1): systemctl start etcd\nJob failed');
    expect(e.code).toBe('internal');
  });

  it('list every spec problem by field path', () => {
    const e = new SpecError([
      { path: 'spec.hosts[0].address', message: 'not an IPv4 or IPv6 address' },
      { path: 'spec.network.podCIDR', message: 'overlaps spec.network.serviceCIDR' },
    ]);
    expect(e.message).toContain('spec.hosts[0].address: not an IPv4 or IPv6 address');
    expect(e.issues).toHaveLength(2);
  });
});
