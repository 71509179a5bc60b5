import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import { binPath, LAYOUT } from '../etcd/layout';
import { EtcdStep, installHosts, memberOf } from './context';

/**
 * Restore only: replaces the member's data with the snapshot (etcdutl snapshot restore, which
 * checks the snapshot's integrity hash), as a new cluster with a new token. The old data is
 * moved aside, not deleted, so a failed restore loses nothing.
 */
export const restoreData: EtcdStep = {
  id: 'etcd/restore-data',
  title: 'Restore data from snapshot',
  prepare: installHosts,
  shouldRun: (ctx) => !!ctx.restore,
  async run(ctx, host, ops) {
    const m = memberOf(ctx, host);
    const s = ctx.settings;
    // shouldRun skips this step unless Restore set ctx.restore; checked again for the type.
    const restore = ctx.restore;
    if (!restore) throw new PreconditionError('restore data: the call carries no snapshot', host.host);
    const aside = `${s.dataDir}.pre-restore-${Date.now()}`;
    await ops.run('stop etcd', sh`systemctl stop ${LAYOUT.unitName}`, { check: sh`! systemctl is-active --quiet ${LAYOUT.unitName}` });
    await ops.run('move the old data aside', sh`mv -- ${s.dataDir} ${aside}`, { check: sh`! test -e ${s.dataDir}` });
    await ops.run(
      'restore the snapshot into the data directory',
      sh`${binPath('etcdutl')} snapshot restore ${restore.snapshotPath} --name ${m.name} --data-dir ${s.dataDir} --initial-cluster ${ctx.bootstrap.initialCluster} --initial-cluster-token ${restore.token} --initial-advertise-peer-urls ${m.peerUrl} && chmod 0700 -- ${s.dataDir}`,
    );
  },
};
