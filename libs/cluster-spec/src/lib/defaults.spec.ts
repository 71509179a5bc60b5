import { parseClusterSpec } from './parse';
import { minimalSpec } from './testing/fixtures';

describe('defaults', () => {
  it('fills every section the user left out', () => {
    const { spec } = parseClusterSpec(minimalSpec());
    expect(spec.ssh).toEqual({
      user: 'root',
      port: 22,
      privateKeyFile: '/keys/id_ed25519',
      knownHostsFile: '/keys/known_hosts',
      trustOnFirstUse: false,
    });
    expect(spec.controlPlane).toEqual({ endpoint: 'local-proxy', apiserverPort: 6443 });
    expect(spec.containerRuntime).toEqual({
      kind: 'containerd',
      registryMirrors: [],
      insecureRegistries: [],
      docker: { storageDriver: 'overlay2', logMaxSize: '100m', logMaxFiles: 3 },
      config: {},
    });
    expect(spec.network).toEqual({
      plugin: 'flannel',
      backend: 'vxlan',
      subnetManager: 'etcd',
      podCIDR: '10.244.0.0/16',
      serviceCIDR: '10.96.0.0/12',
      clusterDomain: 'cluster.local',
      upstreamResolvers: [],
      nodeCidrMaskSize: 24,
      proxyMode: 'iptables',
    });
    expect(spec.hostPreparation).toEqual({ selinux: 'permissive', swap: 'off', kernelModules: [], sysctls: {}, cgroupV1: 'refuse' });
    expect(spec.etcd).toEqual({ dataDir: '/var/lib/etcd' });
    expect(spec.kubelet).toEqual({ config: {} });
    expect(spec.addons).toEqual(['coredns', 'metrics-server']);
    expect(spec.pki).toEqual({ caYears: 10, leafDays: 365, keyAlgorithm: 'ecdsa', keySize: 2048 });
  });

  it('fills the defaults inside a section that is partly given', () => {
    const input = minimalSpec();
    input.spec['network'] = { backend: 'host-gw' };
    input.spec['pki'] = { keySize: 4096 };
    const { spec } = parseClusterSpec(input);
    expect(spec.network.backend).toBe('host-gw');
    expect(spec.network.serviceCIDR).toBe('10.96.0.0/12');
    expect(spec.pki).toEqual({ caYears: 10, leafDays: 365, keyAlgorithm: 'ecdsa', keySize: 4096 });
  });

  it("defaults a load balancer's port to 6443", () => {
    const input = minimalSpec();
    input.spec['controlPlane'] = { endpoint: 'load-balancer', loadBalancer: { address: '192.0.2.100' } };
    expect(parseClusterSpec(input).spec.controlPlane.loadBalancer).toEqual({ address: '192.0.2.100', port: 6443 });
  });

  it('keeps an empty add-on list empty', () => {
    const input = minimalSpec();
    input.spec['addons'] = [];
    expect(parseClusterSpec(input).spec.addons).toEqual([]);
  });

  it('does not change the input object', () => {
    const input = minimalSpec();
    const copy = JSON.parse(JSON.stringify(input));
    parseClusterSpec(input);
    expect(input).toEqual(copy);
  });
});
