/** One file of the artifact bundle, as tools/upstream/build writes it into manifest.json. */
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
  /** Built from the pinned upstream releases in tools/upstream. */
  source: 'upstream-build';
  go: string;
  kubernetes: string;
  artifacts: ArtifactEntry[];
}

/** Parses manifest.json and refuses what would let a file be mistaken or escape the directory. */
export function parseManifest(text: string): ArtifactManifest {
  const m = JSON.parse(text) as ArtifactManifest;
  if (m.source !== 'upstream-build') throw new Error(`artifact manifest: source ${String(m.source)}, expected upstream-build`);
  const names = new Set<string>();
  for (const e of m.artifacts) {
    if (names.has(e.name)) throw new Error(`duplicate artifact ${e.name}`);
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`artifact ${e.name}: sha256 is not 64 hex digits`);
    if (e.path.startsWith('/') || e.path.split('/').includes('..')) throw new Error(`artifact ${e.name}: path must be relative`);
    if (e.kind === 'image' && !e.image) throw new Error(`artifact ${e.name}: an image without a reference`);
    names.add(e.name);
  }
  return m;
}
