import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { addonsSpecMessage } from './addons';

const spec = (extra: Record<string, unknown>) =>
  parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name: 'c' },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [
        { name: 'm1', address: '10.211.0.11', roles: ['master', 'etcd'] },
        { name: 'n1', address: '10.211.0.12', roles: ['node'] },
      ],
      ssh: { user: 'root', privateKeyFile: '/k', knownHostsFile: '/kh' },
      artifacts: { source: '/a' },
      ...extra,
    },
  });

describe('the add-ons request', () => {
  it('has CoreDNS at the derived cluster DNS IP with the spec resolvers, and metrics-server, by default', () => {
    const s = spec({ network: { serviceCIDR: '10.0.0.0/16', upstreamResolvers: ['10.211.0.1'] } });
    expect(addonsSpecMessage(s, deriveCluster(s))).toEqual({
      coredns: { clusterDnsIp: '10.0.0.10', upstreamResolvers: ['10.211.0.1'], replicas: 2 },
      metricsServer: { port: 0 },
    });
  });

  it('leaves out what the spec leaves out', () => {
    const s = spec({ addons: ['metrics-server'] });
    expect(addonsSpecMessage(s, deriveCluster(s))).toEqual({ metricsServer: { port: 0 } });
  });

  it('refuses a resolver that is not an address, naming the field', () => {
    expect(() => spec({ network: { upstreamResolvers: ['dns.example'] } })).toThrow(/spec.network.upstreamResolvers.0/);
  });
});
