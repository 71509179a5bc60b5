import { posix } from 'node:path';
import { HostConnection, raw, sh } from '@kdeploy/ssh';
import type { Step } from '@kdeploy/steps';
import { ensureCached, hashMatches, stampMatches, writeStamp, cachedCopy } from './host-cache';
import type { KitContext } from './kit-context';

export interface BinaryLayout {
  /** Where the binaries are installed, e.g. /usr/local/bin. */
  binDir: string;
  /** The host's hash-named cache: a host that has a hash never receives those bytes again. */
  cacheDir: string;
}

/** The stamp of an installed binary (see host-cache: a match lets a no-op re-apply skip hashing it). */
const stampPath = (layout: BinaryLayout, name: string) => posix.join(layout.cacheDir, 'verified', name);

interface Item {
  name: string;
  version: string;
  sha256: string;
  target: string;
  stamp: string;
  cached: { path: string; stamp: string };
}

/**
 * What each binary needs, in one round trip for all of them: `fresh` (installed and stamped,
 * or installed with the right hash, then restamped in apply mode), `cached` (the host's cache
 * holds it, verified by its stamp or its hash) or `missing` (its bytes must travel).
 */
function statusScript(items: readonly Item[], restamp: boolean): string {
  return items
    .map((i) => {
      const fresh = restamp ? `{ ${writeStamp(i.target, i.stamp, i.sha256)}; echo fresh; }` : 'echo fresh';
      const cached = restamp ? `{ ${writeStamp(i.cached.path, i.cached.stamp, i.sha256)}; echo cached; }` : 'echo cached';
      return `printf '%s ' ${sh`${i.name}`}; if ${stampMatches(i.target, i.stamp, i.sha256)}; then echo fresh; elif ${hashMatches(i.target, i.sha256)} 2>/dev/null; then ${fresh}; elif ${stampMatches(i.cached.path, i.cached.stamp, i.sha256)}; then echo cached; elif ${hashMatches(i.cached.path, i.sha256)} 2>/dev/null; then ${cached}; else echo missing; fi`;
    })
    .join('\n');
}

/**
 * Copies each cached copy into place, renamed over the old one so a running binary is never
 * written over, and stamps it. A copy, not a hard link: a link would change the cached copy's
 * ctime (its link count) at every install and removal, so its stamp would fail and the next
 * install would hash hundreds of MB again; and a write to the installed binary would reach the cache.
 */
function installScript(items: readonly Item[]): string {
  return items
    .map((i) => {
      const tmp = `${i.target}.kdeploy-new`;
      return sh`rm -f -- ${tmp} && cp -- ${i.cached.path} ${tmp} && chmod 0755 -- ${tmp} && mv -f -- ${tmp} ${i.target} && ${raw(writeStamp(i.target, i.stamp, i.sha256))}`;
    })
    .join(' && ');
}

/** Binaries on their way to one host at once: while one is hashed on the host, the next travels. */
const SENDS_AT_ONCE = 3;

/** Runs `send` over the artifacts, SENDS_AT_ONCE at a time (each holds its file's bytes in memory until sent). */
async function sendMissing<A>(artifacts: readonly A[], send: (a: A) => Promise<unknown>): Promise<void> {
  const queue = [...artifacts];
  const lane = async () => {
    for (let a = queue.shift(); a !== undefined; a = queue.shift()) await send(a);
  };
  await Promise.all(Array.from({ length: Math.min(SENDS_AT_ONCE, queue.length) }, lane));
}

/**
 * Puts the call's binaries on the host, in three round trips whatever their number: what each
 * needs, the bytes the cache lacks (three at a time, each checked on the host after transfer),
 * then one command that copies the cached copies into place. An installed copy whose hash
 * differs is replaced.
 */
export function installBinariesStep<Ctx extends KitContext>(options: {
  id: string;
  title: string;
  layout: BinaryLayout;
  prepare?: (ctx: Ctx, hosts: readonly HostConnection[]) => readonly HostConnection[];
  /** Which of the call's artifacts this step installs; default all of them. */
  select?: (artifacts: Ctx['artifacts']) => Ctx['artifacts'];
  /** The installed file's name; default the artifact's (cni-bridge goes in as bridge). */
  fileName?: (artifactName: string) => string;
}): Step<Ctx> {
  const { layout } = options;
  const fileName = options.fileName ?? ((n: string) => n);
  return {
    id: options.id,
    title: options.title,
    ...(options.prepare ? { prepare: options.prepare } : {}),
    async run(ctx, host, ops) {
      // Created when missing, never re-moded: /usr/local/bin belongs to the system (2775 root:staff on some).
      await ops.run(`create ${layout.binDir}`, sh`mkdir -p -m 0755 -- ${layout.binDir}`, { check: sh`test -d ${layout.binDir}` });
      const artifacts = options.select ? options.select(ctx.artifacts) : ctx.artifacts;
      const items: Item[] = artifacts.map((a) => ({
        name: a.name,
        version: a.version,
        sha256: a.sha256,
        target: posix.join(layout.binDir, fileName(a.name)),
        stamp: stampPath(layout, fileName(a.name)),
        cached: cachedCopy(layout.cacheDir, a.sha256),
      }));
      if (items.length === 0) return;
      // Stamps are bookkeeping of what was verified, not a change to the host's cluster state: never planned.
      const status = await host.exec(statusScript(items, ops.mode === 'apply'), { signal: ctx.signal, timeoutMs: 120_000 });
      const state = new Map(
        status.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(' ') as [string, string]),
      );
      const todo = items.filter((i) => state.get(i.name) !== 'fresh');
      if (todo.length === 0) return;
      await sendMissing(
        artifacts.filter((x) => state.get(x.name) === 'missing'),
        (a) => ensureCached(host, ops, layout.cacheDir, a, { mode: 0o755, signal: ctx.signal }),
      );
      await ops.run(`install ${todo.map((i) => `${i.name} ${i.version}`).join(', ')}`, installScript(todo), { timeoutMs: 120_000 });
    },
  };
}
