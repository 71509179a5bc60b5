import { ArtifactEntry, parseManifest } from './manifest';

const entry = (name: string, over: Partial<ArtifactEntry> = {}): ArtifactEntry => ({
  name,
  component: 'etcd',
  kind: 'binary',
  version: 'v3.7.3',
  arch: 'amd64',
  sha256: 'a'.repeat(64),
  path: `bin/${name}`,
  size: 1,
  ...over,
});
const text = (artifacts: ArtifactEntry[]) => JSON.stringify({ source: 'upstream-build', go: 'go1.26.8', kubernetes: 'v1.37.2', artifacts });

describe('artifact manifest', () => {
  it('reads what the upstream build writes', () => {
    const m = parseManifest(
      text([entry('etcd'), entry('image-pause', { kind: 'image', image: 'kdeploy.local/pause:3.10', path: 'images/pause.tar' })]),
    );
    expect(m.artifacts.map((a) => a.name)).toEqual(['etcd', 'image-pause']);
  });

  it('refuses duplicate names, bad digests, paths that leave the artifacts dir, untagged images and a missing list', () => {
    expect(() => parseManifest(text([entry('etcd'), entry('etcd')]))).toThrow(/duplicate artifact etcd/);
    expect(() => parseManifest(text([entry('etcd', { sha256: 'xyz' })]))).toThrow(/sha256/);
    expect(() => parseManifest(text([entry('etcd', { path: '../etcd' })]))).toThrow(/relative/);
    expect(() => parseManifest(text([entry('etcd', { path: '/usr/bin/etcd' })]))).toThrow(/relative/);
    expect(() => parseManifest(text([entry('image-x', { kind: 'image' })]))).toThrow(/without a reference/);
    expect(() => parseManifest(JSON.stringify({ source: 'upstream-build' }))).toThrow(/no artifacts list/);
  });
});
