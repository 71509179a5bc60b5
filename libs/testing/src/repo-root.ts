import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root (the folder with nx.json), found by walking up from this file. */
export function repoRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no nx.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** Paths of the lab command and the files `lab up` writes. */
export function labFiles(root: string = repoRoot()) {
  return {
    command: join(root, 'tools', 'lab', 'bin', 'lab'),
    labDir: join(root, '.lab'),
    stateFile: join(root, '.lab', 'state.json'),
    lockFile: join(root, '.lab', 'lock'),
  };
}
