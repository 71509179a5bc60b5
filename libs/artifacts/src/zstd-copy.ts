import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * zstd at level 3 makes the bundle's Go binaries and image archives about a quarter of their
 * size and runs at over 100 MB/s a core; hosts unpack it at several hundred MB/s. Smaller
 * files are not worth a process.
 */
const LEVEL = '-3';
export const ZSTD_FROM_BYTES = 1024 * 1024;

/** Where compressed copies live, by the sha256 of what they unpack to; KDEPLOY_CACHE_DIR moves it. */
export function zstdCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['KDEPLOY_CACHE_DIR'] || join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'kdeploy');
  return join(base, 'zstd');
}

let zstdMissing = false;
/** Cache directories this process could not write: compression is only a saving, so files go as they are. */
const unwritable = new Set<string>();
const inFlight = new Map<string, Promise<Buffer | undefined>>();

function compress(file: string, out: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn('zstd', ['-q', LEVEL, '-T0', '-f', '-o', out, '--', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? resolve(false) : reject(e)));
    child.on('close', (code) => (code === 0 ? resolve(true) : reject(new Error(`zstd ${file}: exit ${code}: ${stderr.trim()}`))));
  });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Copies checked in this process, by size and mtime: one sent to many hosts is hashed once. */
const checked = new Map<string, { size: number; mtimeMs: number }>();

/** A copy as it was made (its own hash beside it), or undefined when missing or damaged. */
async function intact(path: string): Promise<Buffer | undefined> {
  const [bytes, want, st] = await Promise.all([
    readFile(path).catch(() => undefined),
    readFile(`${path}.sha256`, 'utf8').catch(() => ''),
    stat(path).catch(() => undefined),
  ]);
  if (!bytes || !st) return undefined;
  const known = checked.get(path);
  if (known && known.size === st.size && known.mtimeMs === st.mtimeMs && bytes.length === st.size) return bytes;
  if (sha(bytes) !== want.trim()) return undefined;
  checked.set(path, { size: st.size, mtimeMs: st.mtimeMs });
  return bytes;
}

async function make(file: string, path: string, cacheDir: string): Promise<Buffer | undefined> {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await mkdir(cacheDir, { recursive: true, mode: 0o700 });
    if (!(await compress(file, tmp))) {
      zstdMissing = true;
      return undefined;
    }
    const bytes = await readFile(tmp);
    // the hash first: a copy without a matching one is made again, never sent
    await writeFile(`${path}.sha256`, `${sha(bytes)}\n`);
    await rename(tmp, path);
    return bytes;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    // a full disk or a directory kdeploy may not write must not stop a deploy that needs no copy
    if (!unwritable.has(cacheDir)) {
      unwritable.add(cacheDir);
      process.emitWarning(
        `cannot keep compressed copies in ${cacheDir} (${(e as Error).message}): artifacts are sent uncompressed; ` +
          'make it writable or point KDEPLOY_CACHE_DIR elsewhere',
        { code: 'KDEPLOY_ZSTD_CACHE' },
      );
    }
    return undefined;
  } finally {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}

/**
 * The zstd-compressed bytes of an artifact file whose hash was checked, made once and kept in
 * the cache. undefined when this machine has no zstd or the cache cannot be written (said once, as a
 * process warning): the caller sends the file as it is. A
 * damaged copy is made again; the host checks the sha256 of what it unpacks in any case.
 */
export function zstdCopy(file: string, sha256: string, cacheDir = zstdCacheDir()): Promise<Buffer | undefined> {
  if (zstdMissing || unwritable.has(cacheDir)) return Promise.resolve(undefined);
  const path = join(cacheDir, `${sha256}.zst`);
  let pending = inFlight.get(path);
  if (!pending) {
    pending = (async () => (await intact(path)) ?? make(file, path, cacheDir))().finally(() => inFlight.delete(path));
    inFlight.set(path, pending);
  }
  return pending;
}
