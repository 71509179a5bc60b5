import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { NotFoundError, PreconditionError, SpecError } from '@kdeploy/errors';
import { commonV1 } from '@kdeploy/proto';
import { ArtifactEntry, parseManifest } from './manifest';
import { ZSTD_FROM_BYTES, zstdCopy } from './zstd-copy';

/** One binary, pinned by hash, with a way to read its verified bytes. */
export interface ResolvedArtifact<N extends string = string> {
  name: N;
  version: string;
  sha256: string;
  /** For an image archive: the reference it is tagged with. */
  image?: string;
  /** The file's bytes, read only when a host lacks the hash; refused when they do not match. */
  read(): Promise<Buffer>;
  /** The same bytes zstd-compressed (zstd-copy), or undefined when not worth it or this machine has no zstd. */
  zstd(): Promise<Buffer | undefined>;
}

// Hashing 20 MB per binary per call would dominate a no-op apply; a file whose size and
// mtime are unchanged keeps its verified hash for the life of the process.
const verified = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

async function verifiedBytes(file: string, want: string): Promise<Buffer> {
  const data = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new NotFoundError(`artifact ${file}: ${e.code ?? e.message}`);
  });
  const st = await stat(file);
  // a file checked before and unchanged since is not hashed again: each host checks the bytes it receives anyway
  const known = verified.get(file);
  if (known && known.sha256 === want && known.size === st.size && known.mtimeMs === st.mtimeMs && data.length === st.size) return data;
  const got = createHash('sha256').update(data).digest('hex');
  if (got !== want) throw new PreconditionError(`artifact ${file} has sha256 ${got}, the manifest pins ${want}; refusing to copy it`);
  verified.set(file, { size: st.size, mtimeMs: st.mtimeMs, sha256: got });
  return data;
}

/** Checks the file's hash once (cheaply again while size and mtime hold); before any host sees it. */
async function checkOnce(file: string, want: string): Promise<void> {
  const st = await stat(file).catch(() => undefined);
  const known = verified.get(file);
  if (st && known && known.size === st.size && known.mtimeMs === st.mtimeMs && known.sha256 === want) return;
  await verifiedBytes(file, want);
}

/** True when `release` (v3.7.3) is `wanted` (3.7.3) or a release of the minor `wanted` (3.7); the `v` is optional on both. */
export function releaseOf(release: string, wanted: string): boolean {
  const r = release.replace(/^v/, '');
  const w = wanted.replace(/^v/, '');
  return r === w || r.startsWith(`${w}.`);
}

/**
 * Binaries from a DIRECTORY source (air-gapped: a directory with manifest.json), each hash
 * checked before any host sees it. Pins in the request win over the manifest; a version asked
 * for must match the manifest's. Every installer resolves its binaries here.
 */
export async function resolveArtifacts<N extends string>(
  source: commonV1.ArtifactSource__Output | null,
  version: string,
  names: readonly N[],
): Promise<ResolvedArtifact<N>[]> {
  if (!source || source.kind !== 'ARTIFACT_SOURCE_KIND_DIRECTORY') {
    throw new SpecError([{ path: 'artifacts.kind', message: 'only ARTIFACT_SOURCE_KIND_DIRECTORY is supported so far' }]);
  }
  if (!isAbsolute(source.location)) throw new SpecError([{ path: 'artifacts.location', message: 'an absolute directory path' }]);
  const manifestFile = join(source.location, 'manifest.json');
  let manifest: ArtifactEntry[];
  try {
    manifest = parseManifest(await readFile(manifestFile, 'utf8')).artifacts;
  } catch (e) {
    throw new PreconditionError(`cannot read the artifact manifest ${manifestFile}: ${(e as Error).message}`);
  }
  return Promise.all(
    names.map(async (name) => {
      const pinned = source.artifacts.find((a) => a.name === name);
      const entry = manifest.find((a) => a.name === name && (!pinned?.version || a.version === pinned.version));
      if (!entry) throw new NotFoundError(`the artifact manifest ${manifestFile} lists no ${name}`);
      if (version && !releaseOf(entry.version, version)) {
        throw new PreconditionError(`spec.version ${version}: the artifact source has ${name} ${entry.version}`);
      }
      const sha256 = pinned?.sha256 || entry.sha256;
      if (sha256 !== entry.sha256)
        throw new PreconditionError(`${name}: the request pins sha256 ${sha256}, the manifest lists ${entry.sha256}`);
      const file = join(source.location, entry.path);
      if (relative(source.location, file).startsWith('..'))
        throw new PreconditionError(`${name}: manifest path ${entry.path} leaves the artifact directory`);
      await checkOnce(file, sha256);
      return {
        name,
        version: entry.version,
        sha256,
        ...(entry.image ? { image: entry.image } : {}),
        read: () => verifiedBytes(file, sha256),
        zstd: async () => {
          await checkOnce(file, sha256);
          return (verified.get(file)?.size ?? 0) >= ZSTD_FROM_BYTES ? zstdCopy(file, sha256) : undefined;
        },
      };
    }),
  );
}
