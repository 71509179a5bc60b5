import { LAYOUT } from '../etcd/layout';
import { withJournal } from '@kdeploy/installer';
import { EtcdStep, installHosts } from './context';
import { waitForHealth } from './wait-healthy';
import { startServingPeers } from './boot-chain';

/** How long a new member waits for the one before it to serve its peers before it starts anyway. */
const CHAIN_WAIT_MS = 3_000;

/**
 * Enables and starts etcd, or restarts it when its unit or certificates changed. A new
 * cluster's members start in a chain, each once the one before serves its peers (BootChain says
 * why), then each waits for the leader election; in a running cluster a restart goes one member at a time and waits for the cluster to be healthy
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
    if (ctx.bootChain && ops.mode === 'apply') {
      const chain = ctx.bootChain;
      try {
        await chain.turn(host.host, CHAIN_WAIT_MS);
        await startServingPeers(host, CHAIN_WAIT_MS);
      } finally {
        chain.passOn(host.host);
      }
    }
    if (!ctx.clusterRunning || ctx.restore || ops.mode === 'plan') {
      await start();
      return;
    }
    await ctx.restartLock.run(async () => {
      if (await start()) await waitForHealth(ctx, host, 60_000);
    });
  },
};
