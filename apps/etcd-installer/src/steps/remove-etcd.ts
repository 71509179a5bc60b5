import { sh } from '@kdeploy/ssh';
import { OWNER_FILE } from '@kdeploy/steps';
import { BINARIES, binPath, LAYOUT } from '../etcd/layout';
import { EtcdStep, installHosts } from './context';

/** What Remove also deletes; set per call. */
export interface RemoveOptions {
  deleteData: boolean;
  keepArtifactCache: boolean;
}

const parentOf = (p: string) => p.slice(0, p.lastIndexOf('/'));

/** Removes a path through the guarded call, so the dry run lists it and a second run skips it. */
const removePath = (path: string) => ({ description: `delete ${path}`, command: sh`rm -rf -- ${path}`, check: sh`! test -e ${path}` });

/**
 * Stops and disables etcd, then deletes its unit and binaries. Data, keys and certificates stay
 * unless deleteData (the member's identity belongs with its data); the binary cache stays only
 * when asked to, so a later install sends nothing.
 */
export function removeEtcd(options: RemoveOptions): EtcdStep {
  // Members stopped together hand the leadership to each other as each shuts down, and the
  // last leader waits out etcd's transfer timeout (7 s here); one after another, each hands
  // it to a member still running, at once.
  let stopped: Promise<unknown> = Promise.resolve();
  return {
    id: 'etcd/remove',
    title: 'Remove etcd from the host',
    prepare: installHosts,
    async run(ctx, _host, ops) {
      const u = LAYOUT.unitName;
      const stop = stopped.then(() =>
        ops.run('stop and disable etcd', sh`systemctl disable --now ${u}`, {
          check: sh`! systemctl is-active --quiet ${u} && ! systemctl is-enabled --quiet ${u} 2>/dev/null`,
          timeoutMs: 60_000,
        }),
      );
      stopped = stop.catch(() => undefined);
      await stop;
      // etcd is the cluster's only installer on its hosts so far, so its removal also ends the
      // cluster's claim on them (OWNER_FILE); later installers share that record
      const paths: string[] = [LAYOUT.unitPath, ...BINARIES.map(binPath), OWNER_FILE];
      if (options.deleteData) paths.push(ctx.settings.dataDir, LAYOUT.configDir, LAYOUT.snapshotDir);
      if (!options.keepArtifactCache) paths.push(LAYOUT.cacheDir);
      for (const path of paths) {
        const p = removePath(path);
        await ops.run(p.description, p.command, { check: p.check });
      }
      // Parents that other installers may share are removed only when empty.
      const ownerDir = parentOf(OWNER_FILE);
      await ops.run('delete the empty kdeploy config dir', sh`rmdir -- ${ownerDir}`, {
        check: sh`! test -d ${ownerDir} || test -n "$(ls -A -- ${ownerDir})"`,
      });
      if (!options.keepArtifactCache)
        await ops.run('delete the empty cache parent', sh`rmdir -- ${parentOf(LAYOUT.cacheDir)}`, {
          check: sh`! test -d ${parentOf(LAYOUT.cacheDir)} || test -n "$(ls -A -- ${parentOf(LAYOUT.cacheDir)})"`,
        });
      await ops.run('reload systemd', sh`systemctl daemon-reload && systemctl reset-failed ${u} 2>/dev/null; true`, {
        check: sh`! systemctl cat ${u} >/dev/null 2>&1`,
      });
    },
  };
}
