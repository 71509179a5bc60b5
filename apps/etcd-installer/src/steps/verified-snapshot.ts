import { PreconditionError } from '@kdeploy/errors';
import { HostConnection, sh } from '@kdeploy/ssh';
import { etcdctl } from '../etcd/etcdctl';
import { binPath, LAYOUT } from '../etcd/layout';
import { EtcdSettings } from '../request/settings';
import { EtcdStep } from './context';
import { otherMembers, MemberChange } from './member-change';

/** A snapshot file on a member host, checked by `etcdutl snapshot status`. */
export interface SnapshotFile {
  host: string;
  path: string;
  sha256: string;
  sizeBytes: number;
  revision: number;
}

/** Saves a snapshot on `host` at `path` (0600) and verifies it; throws naming the host when it does not verify. */
export async function saveVerifiedSnapshot(
  host: HostConnection,
  s: EtcdSettings,
  path: string,
  signal?: AbortSignal,
): Promise<SnapshotFile> {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  await host.exec(sh`umask 077 && mkdir -p -- ${dir} && rm -f -- ${path} ${`${path}.part`}`, { signal });
  await etcdctl(host, s, ['snapshot', 'save', path], { signal, timeoutMs: 120_000 });
  // etcd 3.6 moved the offline snapshot commands from etcdctl to etcdutl
  const checked = await host.exec(sh`${binPath('etcdutl')} snapshot status ${path} -w json`, { signal, allowFailure: true });
  let status: { hash: number; revision: number; totalKey: number; totalSize: number };
  try {
    if (checked.exitCode !== 0) throw new Error(checked.stderr.trim() || `etcdutl exited ${checked.exitCode}`);
    status = JSON.parse(checked.stdout) as typeof status;
  } catch (e) {
    throw new PreconditionError(`snapshot ${path} does not verify: ${(e as Error).message}`, host.host);
  }
  const sum = await host.exec(sh`chmod 0600 -- ${path} && sha256sum -- ${path}`, { signal });
  return { host: host.host, path, sha256: sum.stdout.slice(0, 64), sizeBytes: Number(status.totalSize), revision: Number(status.revision) };
}

/** security.md: every member change is preceded by a verified snapshot, kept on the host. */
export function verifiedSnapshot(change: MemberChange): EtcdStep {
  return {
    id: 'etcd/verified-snapshot',
    title: 'Take a verified snapshot',
    prepare: (ctx, hosts) => otherMembers(change)(ctx, hosts).slice(0, 1),
    async run(ctx, host, ops) {
      if (ops.mode === 'plan') return;
      const path = `${LAYOUT.snapshotDir}/before-${change.kind}-${change.name}-${Date.now()}.db`;
      const snap = await saveVerifiedSnapshot(host, ctx.settings, path, ctx.signal);
      ops.log(`snapshot ${snap.path} verified (revision ${snap.revision}, sha256 ${snap.sha256})`);
    },
  };
}
