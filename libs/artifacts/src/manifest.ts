/**
 * One file of an artifact directory, as tools/upstream/build writes it into manifest.json
 * (the bundle every test and an air-gapped site deploys from).
 */
export interface ArtifactEntry {
  name: string;
  /** The upstream project it was built from (kubernetes, etcd, containerd, ...). */
  component: string;
  kind: 'binary' | 'image';
  version: string;
  arch: string;
  sha256: string;
  /** Path relative to the artifacts dir. */
  path: string;
  size: number;
  /** For images: the reference the archive is tagged with. */
  image?: string;
}

export interface ArtifactManifest {
  /** Where the files come from: `upstream-build` for the bundle tools/upstream builds. */
  source: string;
  /** The Go and Kubernetes versions the bundle was built with (tools/upstream). */
  go?: string;
  kubernetes?: string;
  artifacts: ArtifactEntry[];
}

/** Parses manifest.json and refuses what would let a file be mistaken or escape the directory. */
export function parseManifest(text: string): ArtifactManifest {
  const m = JSON.parse(text) as ArtifactManifest;
  if (!Array.isArray(m.artifacts)) throw new Error('artifact manifest: no artifacts list');
  const names = new Set<string>();
  for (const e of m.artifacts) {
    if (names.has(e.name)) throw new Error(`duplicate artifact ${e.name}`);
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`artifact ${e.name}: sha256 is not 64 hex digits`);
    if (e.path.startsWith('/') || e.path.split('/').includes('..'))
      throw new Error(`artifact ${e.name}: path ${e.path} leaves the artifact directory (it must be relative, without ..)`);
    if (e.kind === 'image' && !e.image) throw new Error(`artifact ${e.name}: an image without a reference`);
    names.add(e.name);
  }
  return m;
}
