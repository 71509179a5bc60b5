import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { networkSpecMessage } from './network';

const spec = (network: Record<string, unknown>) =>
  parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name: 'c' },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [
        { name: 'm1', address: '10.211.0.11', roles: ['master', 'etcd'] },
        { name: 'n1', address: '10.211.0.12', roles: ['node', 'etcd'] },
        { name: 'n2', address: '10.211.0.13', roles: ['node', 'etcd'] },
      ],
      ssh: { user: 'root', privateKeyFile: '/k', knownHostsFile: '/kh' },
      network,
      artifacts: { source: '/a' },
    },
  });

describe('the network request', () => {
  it("carries flannel's network, subnet length and backend, and with etcd every member's client URL", () => {
    const s = spec({ backend: 'host-gw' });
    expect(networkSpecMessage(s, deriveCluster(s))).toEqual({
      podCidr: '10.244.0.0/16',
      subnetLen: 24,
      subnetManager: 'SUBNET_MANAGER_ETCD',
      backend: 'BACKEND_HOST_GW',
      etcdEndpoints: ['https://10.211.0.11:2379', 'https://10.211.0.12:2379', 'https://10.211.0.13:2379'],
    });
  });

  it('needs no etcd with the Kubernetes subnet manager', () => {
    const s = spec({ subnetManager: 'kube', podCIDR: '172.17.0.0/16' });
    expect(networkSpecMessage(s, deriveCluster(s))).toMatchObject({
      podCidr: '172.17.0.0/16',
      subnetManager: 'SUBNET_MANAGER_KUBE',
      etcdEndpoints: [],
    });
  });
});
