import { parseClusterSpec } from '../parse';
import { parseClusterSpecText } from '../text';
import { exampleText, ipv6Spec, minimalSpec } from '../testing/fixtures';
import { deriveCluster } from './cluster';

const lab = () => deriveCluster(parseClusterSpecText(exampleText('lab-cluster.yaml')));
const seed = () => deriveCluster(parseClusterSpecText(exampleText('seed-cluster.yaml')));

describe('deriveCluster for the lab example', () => {
  it('puts the apiserver on the first and DNS on the tenth service IP', () => {
    expect(lab().network.apiserverServiceIP).toBe('10.96.0.1');
    expect(lab().network.clusterDNSIP).toBe('10.96.0.10');
  });

  it('reaches the apiservers through the local proxy on every host', () => {
    const { apiserver } = lab();
    expect(apiserver.endpoint).toBe('https://127.0.0.1:6443');
    expect(apiserver.localProxy).toEqual({
      listen: '127.0.0.1:6443',
      upstreams: ['10.211.0.11:6443', '10.211.0.12:6443', '10.211.0.13:6443'],
    });
  });

  it('covers the service IP, the kubernetes names, every master and loopback in the apiserver SANs', () => {
    expect(lab().apiserver.sans).toEqual({
      dnsNames: [
        'kubernetes',
        'kubernetes.default',
        'kubernetes.default.svc',
        'kubernetes.default.svc.cluster.local',
        'localhost',
        'lab1',
        'lab2',
        'lab3',
      ],
      ipAddresses: ['10.96.0.1', '127.0.0.1', '10.211.0.11', '10.211.0.12', '10.211.0.13'],
    });
  });

  it('builds the etcd initial cluster and https-only client endpoints', () => {
    const { etcd } = lab();
    expect(etcd.initialCluster).toBe('lab1=https://10.211.0.11:2380,lab2=https://10.211.0.12:2380,lab3=https://10.211.0.13:2380');
    expect(etcd.clientEndpoints).toEqual(['https://10.211.0.11:2379', 'https://10.211.0.12:2379', 'https://10.211.0.13:2379']);
    expect(etcd.members[0].sans).toEqual({ dnsNames: ['lab1', 'localhost'], ipAddresses: ['10.211.0.11', '127.0.0.1'] });
  });

  it('matches the snapshot of all derived values', () => {
    expect(lab()).toMatchSnapshot();
  });
});

describe('deriveCluster for the seed example', () => {
  it('derives service IPs from a small service CIDR', () => {
    expect(seed().network).toMatchObject({ apiserverServiceIP: '10.0.0.1', clusterDNSIP: '10.0.0.10' });
  });

  it('points components at the single master', () => {
    expect(seed().apiserver.endpoint).toBe('https://192.168.0.211:6443');
    expect(seed().apiserver.localProxy).toBeUndefined();
  });

  it('groups hosts by role in spec order', () => {
    expect(seed().roles).toEqual({ etcd: ['master', 'node01', 'node02'], master: ['master'], node: ['node01', 'node02'] });
  });

  it('plans one flannel subnet per master and node, after the unused first one', () => {
    expect(seed().network.flannel).toEqual({
      backend: 'vxlan',
      network: '172.17.0.0/16',
      subnetLen: 24,
      subnetMin: '172.17.1.0/24',
      subnetMax: '172.17.255.0/24',
      hostSubnets: { master: '172.17.1.0/24', node01: '172.17.2.0/24', node02: '172.17.3.0/24' },
    });
  });
});

describe('deriveCluster for other shapes', () => {
  it('handles an IPv6 cluster with canonical addresses and bracketed URLs', () => {
    const d = deriveCluster(parseClusterSpec(ipv6Spec()));
    expect(d.network).toMatchObject({
      ipFamily: 'IPv6',
      apiserverServiceIP: 'fd00:10:96::1',
      clusterDNSIP: 'fd00:10:96::a',
      flannel: { subnetLen: 64, subnetMin: 'fd00:10:244:1::/64', subnetMax: 'fd00:10:244:ff::/64' },
    });
    expect(d.hosts[1].address).toBe('fd00:211::12');
    expect(d.etcd.initialCluster).toBe('v6a=https://[fd00:211::11]:2380');
    expect(d.apiserver.localProxy?.upstreams).toEqual(['[fd00:211::11]:6443', '[fd00:211::12]:6443']);
    expect(d.apiserver.sans.ipAddresses).toEqual(['fd00:10:96::1', '127.0.0.1', '::1', 'fd00:211::11', 'fd00:211::12']);
  });

  it('uses the load balancer as endpoint and adds it to the apiserver SANs', () => {
    const input = minimalSpec();
    input.spec['controlPlane'] = { endpoint: 'load-balancer', loadBalancer: { address: '192.0.2.100', port: 8443 } };
    const d = deriveCluster(parseClusterSpec(input));
    expect(d.apiserver.endpoint).toBe('https://192.0.2.100:8443');
    expect(d.apiserver.sans.ipAddresses).toContain('192.0.2.100');
    expect(d.apiserver.localProxy).toBeUndefined();
  });

  it("uses the cluster domain in the apiserver SANs and a host's own SSH port", () => {
    const input = minimalSpec();
    input.spec.network = { clusterDomain: 'k8s.example' };
    input.spec.hosts[1]['port'] = 2222;
    const d = deriveCluster(parseClusterSpec(input));
    expect(d.apiserver.sans.dnsNames).toContain('kubernetes.default.svc.k8s.example');
    expect(d.hosts.map((h) => h.sshPort)).toEqual([22, 2222, 22]);
  });

  it('splits the Kubernetes version', () => {
    expect(deriveCluster(parseClusterSpec(minimalSpec())).kubernetes).toEqual({ version: 'v1.37.2', minor: '1.37', patch: 2 });
  });
});
