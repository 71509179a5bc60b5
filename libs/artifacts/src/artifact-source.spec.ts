import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotFoundError, PreconditionError, SpecError } from '@kdeploy/errors';
import { commonV1 } from '@kdeploy/proto';
import { resolveArtifacts } from './artifact-source';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function directory(files: Record<string, string>, manifest?: object[]) {
  const dir = mkdtempSync(join(tmpdir(), 'kd-artifacts-'));
  mkdirSync(join(dir, 'bin'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'bin', name), body);
  const entries =
    manifest ??
    Object.entries(files).map(([name, body]) => ({ name, version: '3.4.23', arch: 'amd64', sha256: sha(body), path: `bin/${name}` }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ artifacts: entries }));
  return dir;
}

const source = (location: string, artifacts: commonV1.Artifact__Output[] = []) =>
  ({ kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY', location, artifacts }) as unknown as commonV1.ArtifactSource__Output;

describe('resolveArtifacts', () => {
  it('resolves binaries pinned by the manifest and reads their verified bytes', async () => {
    const dir = directory({ etcd: 'ETCD-BINARY', etcdctl: 'ETCDCTL-BINARY' });
    const [etcd, etcdctl] = await resolveArtifacts(source(dir), '3.4', ['etcd', 'etcdctl']);
    expect([etcd.name, etcd.version, etcd.sha256]).toEqual(['etcd', '3.4.23', sha('ETCD-BINARY')]);
    expect((await etcdctl.read()).toString()).toBe('ETCDCTL-BINARY');
  });

  it('refuses a file whose bytes differ from the pinned hash, before any host sees it', async () => {
    const dir = directory({ etcd: 'ETCD-BINARY' }, [
      { name: 'etcd', version: '3.4.23', arch: 'amd64', sha256: sha('other'), path: 'bin/etcd' },
    ]);
    await expect(resolveArtifacts(source(dir), '', ['etcd'])).rejects.toThrow(PreconditionError);
  });

  it('refuses a request pin that the manifest contradicts, and a version it does not have', async () => {
    const dir = directory({ etcd: 'ETCD-BINARY' });
    const pin = { name: 'etcd', version: '', arch: '', sha256: sha('tampered'), source: '' } as unknown as commonV1.Artifact__Output;
    await expect(resolveArtifacts(source(dir, [pin]), '', ['etcd'])).rejects.toThrow(/the request pins sha256/);
    await expect(resolveArtifacts(source(dir), '3.5', ['etcd'])).rejects.toThrow(/spec.version 3.5/);
    await expect(resolveArtifacts(source(dir), '3.4.2', ['etcd'])).rejects.toThrow(/spec.version 3.4.2/);
    await expect(resolveArtifacts(source(dir), '3.4', ['etcd'])).resolves.toHaveLength(1);
    await expect(resolveArtifacts(source(dir), 'v3.4.23', ['etcd'])).resolves.toHaveLength(1);
  });

  it('refuses a manifest path that leaves the artifact directory, a missing entry, and a relative location', async () => {
    const escape = directory({ etcd: 'x' }, [{ name: 'etcd', version: '1', arch: 'amd64', sha256: sha('x'), path: '../../etc/passwd' }]);
    await expect(resolveArtifacts(source(escape), '', ['etcd'])).rejects.toThrow(/leaves the artifact directory/);
    await expect(resolveArtifacts(source(directory({ etcd: 'x' })), '', ['etcdctl'])).rejects.toThrow(NotFoundError);
    await expect(resolveArtifacts(source('relative/dir'), '', ['etcd'])).rejects.toThrow(SpecError);
  });
});
