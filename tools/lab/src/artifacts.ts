import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LabError } from './exec';
import { ARTIFACT_SOURCES, ArtifactEntry, ArtifactManifest, buildManifest } from './manifest';
import { packageVersion } from './packages';

/** sha256 of a file, streamed (etcd and containerd are tens of MB). */
export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Copies the binaries of the installed Debian packages into the artifacts dir and writes manifest.json. */
export async function writeArtifacts(artifactsDir: string): Promise<ArtifactManifest> {
  const versions = new Map<string, { version: string; arch: string }>();
  const entries: ArtifactEntry[] = [];
  for (const src of ARTIFACT_SOURCES) {
    if (!existsSync(src.file)) throw new LabError(`artifact ${src.name}: ${src.file} (package ${src.package}) is missing`);
    const known = versions.get(src.package) ?? (await packageVersion(src.package));
    versions.set(src.package, known);
    const { version, arch } = known;
    const sha256 = await sha256File(src.file);
    const dest = join(artifactsDir, src.path);
    if (!existsSync(dest) || (await sha256File(dest)) !== sha256) {
      mkdirSync(dirname(dest), { recursive: true });
      // copy then rename, so a reader never sees a half-written binary under its final name
      copyFileSync(src.file, `${dest}.tmp`);
      chmodSync(`${dest}.tmp`, 0o755);
      renameSync(`${dest}.tmp`, dest);
    }
    entries.push({ name: src.name, package: src.package, version, arch, sha256, path: src.path, size: statSync(dest).size });
  }
  const manifest = buildManifest(entries);
  writeFileSync(join(artifactsDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
