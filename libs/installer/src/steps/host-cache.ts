import { posix } from 'node:path';
import type { ResolvedArtifact } from '@kdeploy/artifacts';
import { HostConnection, quote, raw, sh, sha256Is } from '@kdeploy/ssh';
import type { HostOps } from '@kdeploy/steps';

/**
 * The stamp of a verified file: its hash with its size, inode, mtime and ctime (nanoseconds).
 * A write changes the ctime, and no user call can set a ctime back (touch and utimes set only
 * mtime and atime), so a matching stamp stands for the hash: the host does not read hundreds
 * of MB again to learn what it already checked. A mismatch falls back to the hash.
 */
export const statLine = (path: string) => raw(sh`stat -c '%s %i %.9Y %.9Z' -- ${path}`);

/** True (exit 0) when the stamp file holds `sha256` and the file's stat as it is now. */
export const stampMatches = (path: string, stamp: string, sha256: string) =>
  sh`s=$(${statLine(path)} 2>/dev/null) && [ "$(cat -- ${stamp} 2>/dev/null)" = ${sha256}" $s" ]`;

/** Writes the stamp of a file whose hash was just checked: bookkeeping, not a change to the host's cluster state. */
export const writeStamp = (path: string, stamp: string, sha256: string) =>
  sh`mkdir -p -m 0755 -- ${posix.dirname(stamp)} && s=$(${statLine(path)}) && printf '%s %s\n' ${sha256} "$s" > ${stamp}.tmp && mv -f -- ${stamp}.tmp ${stamp}`;

/** True (exit 0) when the file's content (an artifact: large) has that hash. */
export const hashMatches = (path: string, sha256: string) => sha256Is(quote(path), sha256, true);

/** Where the host's hash-named cache keeps an artifact, and the stamp of that copy. */
export function cachedCopy(cacheDir: string, sha256: string): { path: string; stamp: string } {
  return { path: posix.join(cacheDir, sha256), stamp: posix.join(cacheDir, 'verified', `sha256-${sha256}`) };
}

/**
 * Makes sure the host's cache holds the artifact and returns its path there. Bytes travel only
 * when the cache lacks them (the upload checks the hash on the host after transfer); a copy
 * already there is trusted by its stamp, or hashed once when the stamp does not match.
 */
export async function ensureCached(
  host: HostConnection,
  ops: HostOps,
  cacheDir: string,
  artifact: ResolvedArtifact,
  options: { mode: number; signal?: AbortSignal },
): Promise<string> {
  const { path, stamp } = cachedCopy(cacheDir, artifact.sha256);
  const ok = async (command: string) => (await host.exec(command, { allowFailure: true, signal: options.signal })).exitCode === 0;
  if (await ok(stampMatches(path, stamp, artifact.sha256))) return path;
  const present = await ok(hashMatches(path, artifact.sha256));
  if (!present) {
    // compressed only for a real transfer: a plan reads the file for its size alone
    const [content, zstd] = await Promise.all([artifact.read(), ops.mode === 'apply' ? artifact.zstd() : undefined]);
    await ops.ensureFile({ path, content, zstd, mode: options.mode, sha256: artifact.sha256 });
  }
  if (ops.mode === 'apply') await host.exec(writeStamp(path, stamp, artifact.sha256), { signal: options.signal });
  return path;
}
