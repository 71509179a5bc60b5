import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { nodeSpecMessage } from './node';

const spec = (containerRuntime: Record<string, unknown>, n2: Record<string, unknown> = {}) =>
  parseClusterSpec({
    apiVersion: 'kdeploy.io/v1',
    kind: 'Cluster',
    metadata: { name: 'c' },
    spec: {
      kubernetesVersion: 'v1.37.2',
      hosts: [
        { name: 'm1', address: '10.211.0.11', roles: ['master', 'etcd'] },
        { name: 'n1', address: '10.211.0.12', roles: ['node', 'etcd'] },
        { name: 'n2', address: '10.211.0.13', roles: ['node', 'etcd'], ...n2 },
      ],
      ssh: { user: 'root', privateKeyFile: '/k', knownHostsFile: '/kh' },
      containerRuntime,
      artifacts: { source: '/a' },
    },
  });

describe('the node request', () => {
  it("names the hosts whose runtime differs from the cluster's, and carries Docker's settings", () => {
    const s = spec(
      {
        registryMirrors: [{ registry: 'docker.io', endpoints: ['https://mirror.example.org'] }],
        insecureRegistries: ['10.211.0.5:5000'],
        docker: { logMaxSize: '20m' },
      },
      { containerRuntime: 'docker' },
    );
    const m = nodeSpecMessage(s, deriveCluster(s));
    expect(m.runtime).toEqual({
      kind: 'RUNTIME_KIND_CONTAINERD',
      registryMirrors: [{ registry: 'docker.io', endpoints: ['https://mirror.example.org'] }],
      insecureRegistries: ['10.211.0.5:5000'],
      docker: { storageDriver: 'overlay2', logMaxSize: '20m', logMaxFiles: 3 },
    });
    expect(m.hostRuntimes).toEqual({ n2: 'RUNTIME_KIND_DOCKER' });
  });

  it('lists no host that only repeats the cluster runtime', () => {
    const s = spec({ kind: 'docker' }, { containerRuntime: 'docker' });
    const m = nodeSpecMessage(s, deriveCluster(s));
    expect(m.runtime?.kind).toBe('RUNTIME_KIND_DOCKER');
    expect(m.hostRuntimes).toEqual({});
  });

  it('refuses runtime config to merge, which kdeploy would not apply, naming what to use', () => {
    expect(() => spec({ config: { 'max-concurrent-downloads': 3 } })).toThrow(/containerRuntime\.config.*insecureRegistries/s);
  });

  it('refuses a log size Docker would not read, naming the field', () => {
    expect(() => spec({ docker: { logMaxSize: '100MB' } })).toThrow(/containerRuntime\.docker\.logMaxSize.*100m/s);
  });
});
