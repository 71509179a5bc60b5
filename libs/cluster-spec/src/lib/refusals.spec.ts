import { SpecError, SpecIssue } from '@kdeploy/errors';
import { parseClusterSpec, safeParseClusterSpec } from './parse';
import { minimalSpec } from './testing/fixtures';

type Input = ReturnType<typeof minimalSpec>;

/** Issues reported for the minimal spec after `change`; fails the test if it parses. */
function issuesAfter(change: (input: Input) => void): SpecIssue[] {
  const input = minimalSpec();
  change(input);
  const result = safeParseClusterSpec(input);
  if (result.success) throw new Error('expected the spec to be refused');
  return result.error.issues;
}

const host = (name: string, address: string, roles: string[]) => ({ name, address, roles });

describe('structural refusals name the field', () => {
  it.each<[string, (i: Input) => void, SpecIssue]>([
    [
      'an address that is not an IP',
      (i) => (i.spec.hosts[2]['address'] = '192.0.2.300'),
      { path: 'spec.hosts[2].address', message: 'not an IPv4 or IPv6 address' },
    ],
    [
      'a host name that is not a DNS label',
      (i) => (i.spec.hosts[1]['name'] = 'Node_1'),
      { path: 'spec.hosts[1].name', message: expect.stringContaining('not a DNS-1123 label') },
    ],
    [
      'a cluster name that is not a DNS label',
      (i) => ((i['metadata'] as { name: string }).name = 'my.cluster'),
      { path: 'metadata.name', message: expect.stringContaining('not a DNS-1123 label') },
    ],
    [
      'an unknown role',
      (i) => (i.spec.hosts[0]['roles'] = ['worker']),
      { path: 'spec.hosts[0].roles[0]', message: 'must be one of "etcd", "master", "node"' },
    ],
    [
      'an empty role list',
      (i) => (i.spec.hosts[0]['roles'] = []),
      { path: 'spec.hosts[0].roles', message: 'must list at least one of etcd, master, node' },
    ],
    [
      'a role listed twice',
      (i) => (i.spec.hosts[0]['roles'] = ['node', 'node', 'etcd']),
      { path: 'spec.hosts[0].roles', message: 'lists a role twice' },
    ],
    ['an empty host list', (i) => (i.spec.hosts = []), { path: 'spec.hosts', message: 'must list at least one host' }],
    ['a missing required field', (i) => delete i.spec['artifacts'], { path: 'spec.artifacts', message: 'required' }],
    ['a wrong apiVersion', (i) => (i['apiVersion'] = 'kdeploy.io/v2'), { path: 'apiVersion', message: 'must be "kdeploy.io/v1"' }],
    ['a wrong kind', (i) => (i['kind'] = 'Pod'), { path: 'kind', message: 'must be "Cluster"' }],
    ['an SSH port out of range', (i) => (i.spec.ssh['port'] = 70000), { path: 'spec.ssh.port', message: 'must be at most 65535' }],
    [
      'a non-integer SSH port',
      (i) => (i.spec.hosts[0]['port'] = 22.5),
      { path: 'spec.hosts[0].port', message: 'expected an integer, got a number' },
    ],
    [
      'a string where a boolean belongs',
      (i) => (i.spec.ssh['trustOnFirstUse'] = 'yes'),
      { path: 'spec.ssh.trustOnFirstUse', message: 'expected true or false, got a string' },
    ],
    [
      'a malformed host key fingerprint',
      (i) => (i.spec.hosts[0]['hostKeyFingerprint'] = 'MD5:aa:bb'),
      { path: 'spec.hosts[0].hostKeyFingerprint', message: expect.stringContaining('not an SSH host key fingerprint') },
    ],
    [
      'a pod CIDR that is no CIDR',
      (i) => (i.spec.network = { podCIDR: '10.244.0.0' }),
      { path: 'spec.network.podCIDR', message: expect.stringContaining('not a CIDR') },
    ],
    [
      'a CIDR with host bits set',
      (i) => (i.spec.network = { podCIDR: '10.244.1.0/16' }),
      { path: 'spec.network.podCIDR', message: '10.244.1.0/16 has host bits set; did you mean 10.244.0.0/16?' },
    ],
    [
      'an unknown backend',
      (i) => (i.spec.network = { backend: 'udp' }),
      { path: 'spec.network.backend', message: 'must be one of "vxlan", "host-gw"' },
    ],
    [
      'a cluster domain that is no domain',
      (i) => (i.spec.network = { clusterDomain: 'Cluster Local' }),
      { path: 'spec.network.clusterDomain', message: expect.stringContaining('not a DNS-1123 subdomain') },
    ],
    [
      'an artifact source with another scheme',
      (i) => (i.spec['artifacts'] = { source: 'ftp://mirror/k8s' }),
      { path: 'spec.artifacts.source', message: 'ftp:// is not supported; use an http(s) URL or a local directory' },
    ],
    [
      'a registry mirror that is no URL',
      (i) => (i.spec['containerRuntime'] = { registryMirrors: [{ registry: 'docker.io', endpoints: ['mirror.local'] }] }),
      { path: 'spec.containerRuntime.registryMirrors[0].endpoints[0]', message: 'not an http(s) URL' },
    ],
    [
      'an unsupported key size',
      (i) => (i.spec['pki'] = { keySize: 1024 }),
      { path: 'spec.pki.keySize', message: 'must be one of 2048, 3072, 4096' },
    ],
    [
      'a relative etcd data directory',
      (i) => (i.spec['etcd'] = { dataDir: 'var/lib/etcd' }),
      { path: 'spec.etcd.dataDir', message: 'must be an absolute path on the host' },
    ],
    [
      'an unknown add-on',
      (i) => (i.spec['addons'] = ['dashboard']),
      { path: 'spec.addons[0]', message: 'must be one of "coredns", "metrics-server"' },
    ],
    [
      'a label key that is no label key',
      (i) => (i.spec.hosts[0]['labels'] = { 'a/b/c': 'x' }),
      { path: 'spec.hosts[0].labels["a/b/c"]', message: expect.stringContaining('not a Kubernetes label key') },
    ],
  ])('refuses %s', (_title, change, expected) => {
    expect(issuesAfter(change)).toContainEqual(expected);
  });
});

describe('unknown fields are refused at every level', () => {
  it.each<[string, (i: Input) => void, string]>([
    ['at the top', (i) => (i['status'] = {}), 'status'],
    ['in metadata', (i) => ((i['metadata'] as Record<string, unknown>)['namespace'] = 'x'), 'metadata.namespace'],
    ['in spec', (i) => (i.spec['kubeVersion'] = 'v1.37.2'), 'spec.kubeVersion'],
    ['in a host', (i) => (i.spec.hosts[1]['ip'] = '192.0.2.1'), 'spec.hosts[1].ip'],
    ['in ssh', (i) => (i.spec.ssh['keyFile'] = '/k'), 'spec.ssh.keyFile'],
    ['in network', (i) => (i.spec.network = { podCidr: '10.244.0.0/16' }), 'spec.network.podCidr'],
    [
      'in a taint',
      (i) => (i.spec.hosts[0]['taints'] = [{ key: 'a', effect: 'NoSchedule', operator: 'Exists' }]),
      'spec.hosts[0].taints[0].operator',
    ],
  ])('%s', (_title, change, path) => {
    expect(issuesAfter(change)).toContainEqual({ path, message: 'unknown field' });
  });
});

describe('Kubernetes versions', () => {
  // v1.26-v1.31 were the old range; v1.34 is out of upstream support; v1.38 has no table yet
  it.each(['v1.26.4', 'v1.31.12', 'v1.34.4', 'v1.38.0', 'v2.0.0'])('refuses %s naming the supported range', (version) => {
    expect(issuesAfter((i) => (i.spec['kubernetesVersion'] = version))).toContainEqual({
      path: 'spec.kubernetesVersion',
      message: `${version} is not supported; supported versions are v1.37`,
    });
  });

  it.each(['1.37.2', 'v1.37', 'v1.37.0-rc.1', 'latest'])('refuses %j as not a release version', (version) => {
    expect(issuesAfter((i) => (i.spec['kubernetesVersion'] = version))).toContainEqual({
      path: 'spec.kubernetesVersion',
      message: 'not a Kubernetes release version like v1.37.2 (supported: v1.37)',
    });
  });

  it.each(['v1.37.0', 'v1.37.2', 'v1.37.15'])('accepts %s', (version) => {
    const input = minimalSpec();
    input.spec['kubernetesVersion'] = version;
    expect(safeParseClusterSpec(input).success).toBe(true);
  });
});

describe('refusal of several problems at once', () => {
  it('reports every problem in one SpecError, structural and cross-field alike', () => {
    const input = minimalSpec();
    input.spec.hosts.push(host('h4', '192.0.2.14', ['etcd']));
    input.spec.hosts[2]['address'] = 'nope';
    input.spec.network = { podCIDR: '10.96.0.0/16', serviceCIDR: '10.96.0.0/12' };
    input.spec['kubernetesVersion'] = 'v1.20.0';
    input.spec.ssh['colour'] = 'blue';
    let error: unknown;
    try {
      parseClusterSpec(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecError);
    const paths = (error as SpecError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['spec.hosts', 'spec.hosts[2].address', 'spec.kubernetesVersion', 'spec.network.serviceCIDR', 'spec.ssh.colour']);
    expect((error as SpecError).message).toContain('spec.hosts[2].address: not an IPv4 or IPv6 address');
  });

  it('never echoes a secret value, even one in the wrong place', () => {
    const canary = 'CANARY-s3cr3t-value';
    const input = minimalSpec();
    input.spec.ssh['password'] = canary;
    input.spec.ssh['sudoPasswd'] = canary;
    input.spec.ssh['passphrase'] = 42;
    input.spec.hosts[0]['address'] = canary;
    const result = safeParseClusterSpec(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(JSON.stringify(result.error.issues) + result.error.message).not.toContain(canary);
  });
});
