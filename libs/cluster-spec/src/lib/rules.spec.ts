import { SpecIssue } from '@kdeploy/errors';
import { safeParseClusterSpec } from './parse';
import { ipv6Spec, minimalSpec } from './testing/fixtures';

type Input = ReturnType<typeof minimalSpec>;

function issuesAfter(change: (input: Input) => void, start: () => Input = minimalSpec): SpecIssue[] {
  const input = start();
  change(input);
  const result = safeParseClusterSpec(input);
  if (result.success) throw new Error('expected the spec to be refused');
  return result.error.issues;
}

const host = (name: string, address: string, roles: string[]) => ({ name, address, roles });

describe('host topology rules', () => {
  it('refuses an even number of etcd hosts, explaining quorum', () => {
    const issues = issuesAfter((i) => i.spec.hosts.push(host('h4', '192.0.2.14', ['etcd'])));
    expect(issues).toEqual([
      {
        path: 'spec.hosts',
        message:
          '4 hosts have the etcd role; etcd needs an odd number (1, 3, 5 or 7): a cluster stays available only ' +
          'while a majority of members is up, so 4 members tolerate 1 failure(s), no more than 3 do, with one more member that can fail',
      },
    ]);
  });

  it('refuses a cluster without an etcd host', () => {
    expect(issuesAfter((i) => i.spec.hosts.forEach((h) => (h['roles'] = ['master', 'node'])))).toContainEqual({
      path: 'spec.hosts',
      message: 'no host has the etcd role; at least one is needed (1, 3, 5 or 7)',
    });
  });

  it('refuses more than seven etcd members', () => {
    const issues = issuesAfter((i) => {
      for (let n = 4; n <= 9; n++) i.spec.hosts.push(host(`h${n}`, `192.0.2.${10 + n}`, ['etcd']));
    });
    expect(issues).toContainEqual({
      path: 'spec.hosts',
      message: expect.stringMatching(/^9 hosts have the etcd role; at most 7 are supported/),
    });
  });

  it('refuses a cluster without a master', () => {
    expect(issuesAfter((i) => (i.spec.hosts[0]['roles'] = ['etcd', 'node']))).toContainEqual({
      path: 'spec.hosts',
      message: 'no host has the master role; at least one is needed',
    });
  });

  it('refuses a cluster without a node', () => {
    expect(issuesAfter((i) => i.spec.hosts.forEach((h) => (h['roles'] = ['etcd', 'master'])))).toContainEqual({
      path: 'spec.hosts',
      message: 'no host has the node role; at least one is needed to run workloads',
    });
  });

  it('refuses duplicate host names, naming both indices', () => {
    expect(issuesAfter((i) => (i.spec.hosts[2]['name'] = 'h1'))).toEqual([
      { path: 'spec.hosts[2].name', message: '"h1" is also the name of spec.hosts[0]' },
    ]);
  });

  it('refuses duplicate addresses, comparing IPv6 canonically', () => {
    expect(issuesAfter((i) => (i.spec.hosts[2]['address'] = 'FD00:211:0::11'), ipv6Spec)).toEqual([
      { path: 'spec.hosts[2].address', message: 'FD00:211:0::11 is also the address of spec.hosts[0]' },
    ]);
  });

  it('refuses labels, taints and a container runtime on a host without the node role', () => {
    const issues = issuesAfter((i) => {
      i.spec.hosts.push(host('m2', '192.0.2.20', ['master']));
      i.spec.hosts[3]['labels'] = { zone: 'a' };
      i.spec.hosts[3]['taints'] = [{ key: 'dedicated', effect: 'NoSchedule' }];
      i.spec.hosts[3]['containerRuntime'] = 'docker';
    });
    expect(issues).toEqual([
      { path: 'spec.hosts[3].labels', message: 'only allowed on hosts with the node role (this host runs no kubelet)' },
      { path: 'spec.hosts[3].taints', message: 'only allowed on hosts with the node role (this host runs no kubelet)' },
      { path: 'spec.hosts[3].containerRuntime', message: 'only allowed on hosts with the node role (this host runs no kubelet)' },
    ]);
  });
});

describe('network rules', () => {
  const net = (network: Record<string, unknown>) => (i: Input) => (i.spec.network = network);

  it('refuses overlapping pod and service CIDRs', () => {
    expect(issuesAfter(net({ podCIDR: '10.0.0.0/8', serviceCIDR: '10.96.0.0/12' }))).toEqual([
      { path: 'spec.network.serviceCIDR', message: '10.96.0.0/12 overlaps spec.network.podCIDR 10.0.0.0/8' },
    ]);
  });

  it('refuses a service CIDR too small for the DNS IP and services', () => {
    expect(issuesAfter(net({ serviceCIDR: '10.96.0.0/28' }))).toEqual([
      {
        path: 'spec.network.serviceCIDR',
        message: '/28 is too small; use /24 or larger (the apiserver takes the 1st address, DNS the 10th, services the rest)',
      },
    ]);
  });

  it('refuses a service CIDR larger than kube-apiserver accepts', () => {
    expect(issuesAfter(net({ serviceCIDR: '10.0.0.0/8', podCIDR: '172.16.0.0/16' }))).toEqual([
      { path: 'spec.network.serviceCIDR', message: '/8 is too large; kube-apiserver accepts at most /12 for IPv4' },
    ]);
  });

  it('refuses a host address inside the pod or service network', () => {
    expect(issuesAfter((i) => (i.spec.hosts[1]['address'] = '10.96.0.5'))).toEqual([
      {
        path: 'spec.hosts[1].address',
        message:
          '10.96.0.5 is inside spec.network.serviceCIDR 10.96.0.0/12; host and load-balancer addresses must be outside the pod and service networks',
      },
    ]);
  });

  it('refuses mixing address families', () => {
    expect(issuesAfter(net({ serviceCIDR: 'fd00:10:96::/108' }))).toContainEqual({
      path: 'spec.network.serviceCIDR',
      message: 'is IPv6 while spec.network.podCIDR is IPv4; dual-stack is not supported, use one family',
    });
    expect(issuesAfter((i) => (i.spec.hosts[0]['address'] = '192.0.2.11'), ipv6Spec)).toEqual([
      { path: 'spec.hosts[0].address', message: "192.0.2.11 is IPv4 but the cluster networks are IPv6; use the hosts' IPv6 addresses" },
    ]);
  });

  it('refuses a node mask not longer than the pod prefix, hinting at 64 for IPv6', () => {
    expect(issuesAfter((i) => ((i.spec.network as Record<string, unknown>)['nodeCidrMaskSize'] = 24), ipv6Spec)).toEqual([
      { path: 'spec.network.nodeCidrMaskSize', message: '24 must be longer than the podCIDR prefix /56 (IPv6 clusters usually use 64)' },
    ]);
  });

  it('refuses a pod network without a subnet for every master and node', () => {
    expect(issuesAfter(net({ podCIDR: '10.244.0.0/23' }))).toEqual([
      {
        path: 'spec.network.podCIDR',
        message: '10.244.0.0/23 holds 1 host subnet(s) of /24 (the first stays unused); 3 hosts need one each',
      },
    ]);
  });
});

describe('settings rules', () => {
  it('requires the load balancer for the load-balancer endpoint', () => {
    expect(issuesAfter((i) => (i.spec['controlPlane'] = { endpoint: 'load-balancer' }))).toEqual([
      {
        path: 'spec.controlPlane.loadBalancer',
        message: 'required when spec.controlPlane.endpoint is load-balancer (its address and port)',
      },
    ]);
  });

  it('refuses a load balancer with another endpoint kind', () => {
    expect(issuesAfter((i) => (i.spec['controlPlane'] = { loadBalancer: { address: '192.0.2.100' } }))).toEqual([
      {
        path: 'spec.controlPlane.loadBalancer',
        message: 'only allowed when spec.controlPlane.endpoint is load-balancer (it is local-proxy)',
      },
    ]);
  });

  it('refuses a load-balancer address that is not an IP or lies in a cluster network', () => {
    expect(issuesAfter((i) => (i.spec['controlPlane'] = { endpoint: 'load-balancer', loadBalancer: { address: 'lb.example' } }))).toEqual([
      { path: 'spec.controlPlane.loadBalancer.address', message: 'not an IPv4 or IPv6 address' },
    ]);
    expect(
      issuesAfter((i) => (i.spec['controlPlane'] = { endpoint: 'load-balancer', loadBalancer: { address: '10.244.0.9' } })),
    ).toContainEqual({
      path: 'spec.controlPlane.loadBalancer.address',
      message: expect.stringContaining('is inside spec.network.podCIDR 10.244.0.0/16'),
    });
  });

  it('refuses single-master with several masters', () => {
    expect(
      issuesAfter((i) => {
        i.spec['controlPlane'] = { endpoint: 'single-master' };
        i.spec.hosts[1]['roles'] = ['etcd', 'master'];
      }),
    ).toEqual([
      {
        path: 'spec.controlPlane.endpoint',
        message: 'single-master needs exactly one master; 2 hosts have the master role (use local-proxy or load-balancer)',
      },
    ]);
  });

  it('requires a key or a password', () => {
    expect(issuesAfter((i) => delete i.spec.ssh['privateKeyFile'])).toEqual([
      { path: 'spec.ssh.privateKeyFile', message: 'required unless spec.ssh.password is set' },
    ]);
  });

  it('refuses a passphrase without a key', () => {
    expect(
      issuesAfter((i) => {
        delete i.spec.ssh['privateKeyFile'];
        i.spec.ssh['password'] = 'pw';
        i.spec.ssh['passphrase'] = 'pp';
      }),
    ).toEqual([{ path: 'spec.ssh.passphrase', message: 'only meaningful with spec.ssh.privateKeyFile' }]);
  });

  it('requires a way to verify host keys, naming the hosts without a fingerprint', () => {
    expect(
      issuesAfter((i) => {
        delete i.spec.ssh['knownHostsFile'];
        i.spec.hosts[0]['hostKeyFingerprint'] = `SHA256:${'A'.repeat(43)}`;
      }),
    ).toEqual([
      {
        path: 'spec.ssh.knownHostsFile',
        message:
          'required to verify host keys, unless every host has hostKeyFingerprint or spec.ssh.trustOnFirstUse is true (no fingerprint: spec.hosts[1], spec.hosts[2])',
      },
    ]);
  });

  it('accepts per-host fingerprints or explicit trust-on-first-use instead of a known_hosts file', () => {
    const pinned = minimalSpec();
    delete pinned.spec.ssh['knownHostsFile'];
    pinned.spec.hosts.forEach((h) => (h['hostKeyFingerprint'] = `SHA256:${'b'.repeat(43)}`));
    expect(safeParseClusterSpec(pinned).success).toBe(true);
    const tofu = minimalSpec();
    delete tofu.spec.ssh['knownHostsFile'];
    tofu.spec.ssh['trustOnFirstUse'] = true;
    expect(safeParseClusterSpec(tofu).success).toBe(true);
  });

  it('refuses leaf certificates that outlive their CA', () => {
    expect(issuesAfter((i) => (i.spec['pki'] = { caYears: 1, leafDays: 400 }))).toEqual([
      { path: 'spec.pki.leafDays', message: '400 days outlives the CA (spec.pki.caYears: 1)' },
    ]);
  });

  it('refuses two mirror lists for one registry', () => {
    const mirror = { registry: 'docker.io', endpoints: ['https://m.example'] };
    expect(issuesAfter((i) => (i.spec['containerRuntime'] = { registryMirrors: [mirror, mirror] }))).toEqual([
      {
        path: 'spec.containerRuntime.registryMirrors[1].registry',
        message: '"docker.io" is also listed at spec.containerRuntime.registryMirrors[0]',
      },
    ]);
  });
});
