import { LAYOUT } from '../etcd/layout';
import { withJournal } from '@kdeploy/installer';
import { EtcdStep, installHosts } from './context';
import { waitForHealth } from './wait-healthy';

/**
 * Enables and starts etcd, or restarts it when its unit or certificates changed. A new
 * cluster's members start together (each waits for the others to elect a leader); in a
 * running cluster a restart goes one member at a time and waits for the cluster to be healthy
 * again, so quorum is never at risk. A failed start reports the unit's last journal lines.
 */
export const startEtcd: EtcdStep = {
  id: 'etcd/start',
  title: 'Start etcd',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const start = async () => {
      try {
        return await ops.ensureServiceRunning(LAYOUT.unitName);
      } catch (error) {
        return withJournal(host, LAYOUT.unitName, error);
      }
    };
    if (!ctx.clusterRunning || ctx.restore || ops.mode === 'plan') {
      await start();
      return;
    }
    await ctx.restartLock.run(async () => {
      if (await start()) await waitForHealth(ctx, host, 60_000);
    });
  },
};
