import { readFileSync } from 'node:fs';
import { run, runRaw } from './exec';

/** Mount points at or under dir, deepest first (the order to unmount them in). */
export function mountsUnder(dir: string, mountinfo = readFileSync('/proc/self/mountinfo', 'utf8')): string[] {
  const points = mountinfo
    .split('\n')
    .map((l) => l.split(' ')[4])
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/\\040/g, ' '))
    .filter((p) => p === dir || p.startsWith(`${dir}/`));
  return [...new Set(points)].sort((a, b) => b.length - a.length);
}

/** Unmounts everything under dir; a busy mount is detached lazily so that cleanup always ends. */
export async function unmountAll(dir: string): Promise<number> {
  const points = mountsUnder(dir);
  for (const p of points) {
    const r = await runRaw(['umount', p]);
    if (r.code !== 0) await run(['umount', '-l', p]);
  }
  return points.length;
}

/** Mounts the host's overlay of the shared read-only rootfs, unless it is mounted already. */
export async function mountOverlay(lower: string, upper: string, work: string, root: string): Promise<void> {
  if (mountsUnder(root).includes(root)) return;
  await run(['mount', '-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${upper},workdir=${work}`, root]);
}
