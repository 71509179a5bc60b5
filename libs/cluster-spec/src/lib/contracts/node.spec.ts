import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { minimalSpec } from '../testing/fixtures';
import { nodeSpecMessage } from './node';

/** The small valid spec of the fixtures (h1-h3 all nodes) with this runtime section, h3's host entry extended. */
const spec = (containerRuntime: Record<string, unknown>, h3: Record<string, unknown> = {}) => {
  const input = minimalSpec();
  input.spec.hosts[2] = { ...input.spec.hosts[2], ...h3 };
  return parseClusterSpec({ ...input, spec: { ...input.spec, containerRuntime } });
};

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
    expect(m.hostRuntimes).toEqual({ h3: 'RUNTIME_KIND_DOCKER' });
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
