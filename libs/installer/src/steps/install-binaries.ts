import { posix } from 'node:path';
import { HostConnection, raw, sh } from '@kdeploy/ssh';
import type { Step } from '@kdeploy/steps';
import type { KitContext } from './kit-context';

export interface BinaryLayout {
  /** Where the binaries are installed, e.g. /usr/local/bin. */
  binDir: string;
  /** The host's hash-named cache: a host that has a hash never receives those bytes again. */
  cacheDir: string;
}

/**
 * The quick check: size, inode, mtime and ctime (in nanoseconds) of the installed file, stamped
 * with its hash when kdeploy last verified it. A write changes the ctime, and no user call can
 * set a ctime back (touch and utimes set only mtime and atime), so a match lets a no-op
 * re-apply skip hashing tens of MB per binary; a mismatch falls back to the hash.
 */
const stampPath = (layout: BinaryLayout, name: string) => posix.join(layout.cacheDir, 'verified', name);
const statLine = (target: string) => raw(sh`stat -c '%s %i %.9Y %.9Z' -- ${target}`);

/**
 * Puts the call's binaries on the host. Bytes travel only when the host's cache lacks them
 * (the upload checks the hash again after transfer); the installed copy is taken from the
 * cache when its own hash differs.
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
      for (const artifact of options.select ? options.select(ctx.artifacts) : ctx.artifacts) {
        const target = posix.join(layout.binDir, fileName(artifact.name));
        const stamp = stampPath(layout, fileName(artifact.name));
        const quick = sh`s=$(${statLine(target)} 2>/dev/null) && [ "$(cat -- ${stamp} 2>/dev/null)" = ${artifact.sha256}" $s" ]`;
        if ((await host.exec(quick, { allowFailure: true, signal: ctx.signal })).exitCode === 0) continue;
        const installed = sh`printf '%s  %s\n' ${artifact.sha256} ${target} | sha256sum -c --status -`;
        if ((await host.exec(installed, { allowFailure: true, signal: ctx.signal })).exitCode !== 0) {
          const cached = posix.join(layout.cacheDir, artifact.sha256);
          if ((await host.sha256(cached)) !== artifact.sha256) {
            await ops.ensureFile({ path: cached, content: await artifact.read(), mode: 0o755 });
          }
          const tmp = `${target}.kdeploy-new`;
          await ops.run(
            `install ${artifact.name} ${artifact.version}`,
            sh`cp -f -- ${cached} ${tmp} && chmod 0755 -- ${tmp} && mv -f -- ${tmp} ${target}`,
            {
              check: installed,
            },
          );
        }
        // Bookkeeping of what was verified, not a change to the host's cluster state: never planned.
        if (ops.mode === 'apply') await restamp(host, stamp, target, artifact.sha256, ctx.signal);
      }
    },
  };
}

async function restamp(host: HostConnection, stamp: string, target: string, sha256: string, signal?: AbortSignal): Promise<void> {
  const dir = posix.dirname(stamp);
  await host.exec(
    sh`mkdir -p -m 0755 -- ${dir} && s=$(${statLine(target)}) && printf '%s %s\n' ${sha256} "$s" > ${stamp}.tmp && mv -f -- ${stamp}.tmp ${stamp}`,
    {
      signal,
    },
  );
}
