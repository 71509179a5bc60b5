import { posix } from 'node:path';
import { HostConnection, sh } from '@kdeploy/ssh';
import type { Step } from '@kdeploy/steps';
import { ensureCached, hashMatches, stampMatches, writeStamp } from './host-cache';
import type { KitContext } from './kit-context';

export interface BinaryLayout {
  /** Where the binaries are installed, e.g. /usr/local/bin. */
  binDir: string;
  /** The host's hash-named cache: a host that has a hash never receives those bytes again. */
  cacheDir: string;
}

/** The stamp of an installed binary (see host-cache: a match lets a no-op re-apply skip hashing it). */
const stampPath = (layout: BinaryLayout, name: string) => posix.join(layout.cacheDir, 'verified', name);

/**
 * Puts the call's binaries on the host. Bytes travel only when the host's cache lacks them;
 * an installed copy whose hash differs is replaced by a hard link to the verified cached copy
 * (a copy where the two are on different file systems), renamed into place so a running
 * binary is never written over.
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
      const ok = async (command: string) => (await host.exec(command, { allowFailure: true, signal: ctx.signal })).exitCode === 0;
      // Created when missing, never re-moded: /usr/local/bin belongs to the system (2775 root:staff on some).
      await ops.run(`create ${layout.binDir}`, sh`mkdir -p -m 0755 -- ${layout.binDir}`, { check: sh`test -d ${layout.binDir}` });
      for (const artifact of options.select ? options.select(ctx.artifacts) : ctx.artifacts) {
        const target = posix.join(layout.binDir, fileName(artifact.name));
        const stamp = stampPath(layout, fileName(artifact.name));
        if (await ok(stampMatches(target, stamp, artifact.sha256))) continue;
        if (!(await ok(hashMatches(target, artifact.sha256)))) {
          const cached = await ensureCached(host, ops, layout.cacheDir, artifact, { mode: 0o755, signal: ctx.signal });
          const tmp = `${target}.kdeploy-new`;
          await ops.run(
            `install ${artifact.name} ${artifact.version}`,
            sh`rm -f -- ${tmp} && { ln -- ${cached} ${tmp} 2>/dev/null || cp -- ${cached} ${tmp}; } && chmod 0755 -- ${tmp} && mv -f -- ${tmp} ${target}`,
            { check: sh`test ${target} -ef ${cached}` },
          );
        }
        // Bookkeeping of what was verified, not a change to the host's cluster state: never planned.
        if (ops.mode === 'apply') await host.exec(writeStamp(target, stamp, artifact.sha256), { signal: ctx.signal });
      }
    },
  };
}
