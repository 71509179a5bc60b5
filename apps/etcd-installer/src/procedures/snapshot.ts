import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { NotFoundError, PreconditionError, SpecError } from '@kdeploy/errors';
import { etcdV1 } from '@kdeploy/proto';
import { sh } from '@kdeploy/ssh';
import { fanOut } from '@kdeploy/steps';
import { ClusterState, readClusterState } from '../etcd/cluster-state';
import { LAYOUT } from '../etcd/layout';
import { hostConnection, ProgressStream, runProcedure } from '@kdeploy/installer';
import { saveVerifiedSnapshot } from '../steps/verified-snapshot';
import { applyContext, INSTALL } from './install';
import { Session } from './session';

const CHUNK = 1024 * 1024;

/** Snapshot: saved on a member (the leader first when none is named), verified, kept there or streamed back. */
export async function takeSnapshot(
  session: Session,
  req: etcdV1.SnapshotRequest__Output,
  progress: ProgressStream,
  send: (m: etcdV1.SnapshotResponse) => Promise<void>,
): Promise<void> {
  try {
    let state: ClusterState | undefined;
    for (const m of session.members) {
      state ??= await readClusterState(hostConnection(session, m.name), session.settings, session.signal).catch(() => undefined);
    }
    if (!state) throw new PreconditionError('no etcd member answered');
    const healthy = state.members
      .filter((m) => m.healthy && session.connections.has(m.name))
      .sort((a, b) => Number(b.leader) - Number(a.leader));
    const name = req.memberName || healthy[0]?.name;
    const host = name ? session.connections.get(name) : undefined;
    if (!name || !host) throw new NotFoundError(`member ${req.memberName || '(any healthy)'} is not reachable through target.hosts`);
    const streamBack = req.destination !== 'hostPath';
    const hostPath = req.hostPath ?? '';
    if (!streamBack && !hostPath.startsWith('/')) throw new SpecError([{ path: 'host_path', message: 'an absolute path' }]);
    const path = streamBack ? `${LAYOUT.snapshotDir}/stream-${Date.now()}.db` : hostPath;
    progress.log(`saving a snapshot on ${name} to ${path}`, 'info', name);
    const snap = await saveVerifiedSnapshot(host, session.settings, path, session.signal);
    if (streamBack) {
      // The file is read once as base64 (the shell channel is text) and checked against the host's hash.
      const b64 = await host.exec(sh`base64 -w0 -- ${path} && rm -f -- ${path}`, { signal: session.signal, timeoutMs: 120_000 });
      const data = Buffer.from(b64.stdout.trim(), 'base64');
      const sum = createHash('sha256').update(data).digest('hex');
      if (sum !== snap.sha256) throw new PreconditionError(`snapshot changed in transfer: sha256 ${sum}, host had ${snap.sha256}`, name);
      for (let offset = 0; offset < data.length; offset += CHUNK) {
        await send({ chunk: { offset: String(offset), data: data.subarray(offset, offset + CHUNK) } });
      }
    }
    await send({
      info: {
        memberName: name,
        hostPath: streamBack ? '' : path,
        sha256: snap.sha256,
        sizeBytes: String(snap.sizeBytes),
        revision: String(snap.revision),
      },
    });
    await progress.finish();
  } catch (e) {
    await progress.finish(e);
  }
}

/** The snapshot's bytes from the request's source, refused before any change when the hash differs. */
async function snapshotBytes(session: Session, req: etcdV1.RestoreRequest__Output): Promise<Buffer> {
  let data: Buffer;
  if (req.source === 'localPath') {
    data = await readFile(req.localPath ?? '').catch((e: NodeJS.ErrnoException) => {
      throw new NotFoundError(`snapshot ${req.localPath}: ${e.code ?? e.message}`);
    });
  } else if (req.source === 'hostFile' && req.hostFile) {
    const host = session.connections.get(req.hostFile.host);
    if (!host) throw new SpecError([{ path: 'host_file.host', message: `${req.hostFile.host} is not in target.hosts` }]);
    const r = await host.exec(sh`base64 -w0 -- ${req.hostFile.path}`, { signal: session.signal, timeoutMs: 120_000 });
    data = Buffer.from(r.stdout.trim(), 'base64');
  } else {
    throw new SpecError([{ path: 'source', message: 'host_file or local_path is required' }]);
  }
  const sum = createHash('sha256').update(data).digest('hex');
  if (!/^[0-9a-f]{64}$/.test(req.sha256)) throw new SpecError([{ path: 'sha256', message: "the snapshot's hex sha256 is required" }]);
  if (sum !== req.sha256)
    throw new PreconditionError(`the snapshot has sha256 ${sum}, the request says ${req.sha256}; nothing was changed`);
  return data;
}

/** Restore: a new cluster (new token) from one snapshot on every member, through the install steps. */
export async function restoreSnapshot(session: Session, req: etcdV1.RestoreRequest__Output, progress: ProgressStream): Promise<void> {
  try {
    const data = await snapshotBytes(session, req);
    const snapshotPath = `${LAYOUT.snapshotDir}/restore-${req.sha256.slice(0, 16)}.db`;
    const token = `kdeploy-${session.clusterId}-restore-${Date.now().toString(36)}`;
    const ctx = await applyContext(session, req.artifacts, { snapshotPath, token });
    // The snapshot goes to every member first (the upload checks its hash on arrival).
    await fanOut(
      session.members.map((m) => hostConnection(session, m.name)),
      (c) => c.upload(data, snapshotPath, { mode: 0o600 }),
      {
        concurrency: 10,
        what: 'Copy the snapshot to the members',
        signal: session.signal,
      },
    );
    progress.log(`snapshot ${req.sha256} placed on ${session.members.length} member(s)`);
    await progress.finishRun(await runProcedure(session, session.members, ctx, INSTALL, 'apply', progress));
  } catch (e) {
    await progress.finish(e);
  }
}
