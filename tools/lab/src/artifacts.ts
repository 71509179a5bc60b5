import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabError } from './exec';
import { ArtifactManifest, parseManifest } from '@kdeploy/artifacts';

/**
 * Fills the artifacts dir from tools/upstream/build: the pinned upstream releases built from
 * their Go modules (cached per machine, so a warm run only links files) and the images made
 * from them. Its progress lines are passed through, since a cold build takes many minutes.
 */
export async function writeArtifacts(repoRoot: string, artifactsDir: string, onLine: (line: string) => void): Promise<ArtifactManifest> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(join(repoRoot, 'tools', 'upstream', 'build'), ['--out', artifactsDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let rest = '';
    const tail: string[] = [];
    child.stderr.on('data', (d: Buffer) => {
      const lines = (rest + d.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) {
        tail.push(l);
        if (tail.length > 30) tail.shift();
        if (l.startsWith('[upstream')) onLine(l);
      }
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new LabError(`tools/upstream/build exited ${code}:\n${tail.join('\n')}`)),
    );
  });
  return parseManifest(readFileSync(join(artifactsDir, 'manifest.json'), 'utf8'));
}
