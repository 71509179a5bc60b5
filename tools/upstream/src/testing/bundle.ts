import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArtifactEntry as BundleEntry, parseManifest } from '@kdeploy/artifacts';

/** The bundle in an artifacts dir: its entries and the local path of each. */
export function readBundle(dir: string): {
  kubernetes: string;
  go: string;
  entries: BundleEntry[];
  file(name: string): string;
  entry(name: string): BundleEntry;
} {
  const m = parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entry = (name: string) => {
    const e = m.artifacts.find((a) => a.name === name);
    if (!e) throw new Error(`the bundle in ${dir} lists no ${name}`);
    return e;
  };
  return { kubernetes: m.kubernetes ?? '', go: m.go ?? '', entries: m.artifacts, entry, file: (name) => join(dir, entry(name).path) };
}

/** versions.env as a map (KUBERNETES=v1.37.2, ...). */
export function pinnedVersions(): Record<string, string> {
  const text = readFileSync(join(__dirname, '..', '..', 'versions.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=') as [string, string]),
  );
}
