import { ARTIFACT_SOURCES, ArtifactEntry, buildManifest } from './manifest';

const entry = (name: string, over: Partial<ArtifactEntry> = {}): ArtifactEntry => ({
  name,
  package: 'pkg',
  version: '1.0-1',
  arch: 'amd64',
  sha256: 'a'.repeat(64),
  path: `dir/${name}`,
  size: 1,
  ...over,
});

describe('artifact manifest', () => {
  it('sorts entries by name so the file is stable between runs', () => {
    const m = buildManifest([entry('runc'), entry('etcd'), entry('ctr')]);
    expect(m.artifacts.map((a) => a.name)).toEqual(['ctr', 'etcd', 'runc']);
    expect(m.source).toBe('debian-packages');
  });

  it('refuses duplicate names, bad digests and paths that leave the artifacts dir', () => {
    expect(() => buildManifest([entry('etcd'), entry('etcd')])).toThrow(/duplicate artifact etcd/);
    expect(() => buildManifest([entry('etcd', { sha256: 'xyz' })])).toThrow(/sha256/);
    expect(() => buildManifest([entry('etcd', { path: '../etcd' })])).toThrow(/relative/);
    expect(() => buildManifest([entry('etcd', { path: '/usr/bin/etcd' })])).toThrow(/relative/);
  });

  it('takes etcd, containerd, runc and the CNI plugins from their Debian packages', () => {
    const names = ARTIFACT_SOURCES.map((s) => s.name);
    for (const n of ['etcd', 'etcdctl', 'containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'cni-bridge', 'cni-host-local', 'cni-loopback', 'cni-portmap']) {
      expect(names).toContain(n);
    }
  });
});
