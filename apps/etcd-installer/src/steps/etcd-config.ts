import { sh } from '@kdeploy/ssh';
import { envName } from '../etcd/flags';
import { LAYOUT } from '../etcd/layout';
import { etcdUnit } from '../etcd/unit';
import { EtcdStep, installHosts, memberOf } from './context';

/** The bootstrap environment file's text: only the initial-* settings, which etcd reads only without data. */
export function bootstrapEnv(b: { state: string; token: string; initialCluster: string }): string {
  return [
    `${envName('initial-cluster')}=${b.initialCluster}`,
    `${envName('initial-cluster-state')}=${b.state}`,
    `${envName('initial-cluster-token')}=${b.token}`,
    '',
  ].join('\n');
}

/**
 * Writes the data directory (0700), the bootstrap environment and the unit. The bootstrap file
 * is written only while the member has no data: once it has, etcd ignores those settings, and
 * leaving the file alone means growing or shrinking the cluster never touches (or restarts)
 * the other members.
 */
export const etcdConfig: EtcdStep = {
  id: 'etcd/config',
  title: 'Write etcd unit and configuration',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const m = memberOf(ctx, host);
    const s = ctx.settings;
    await ops.ensureDirectory({ path: s.dataDir, mode: 0o700 });
    const hasData = (await host.exec(sh`test -d ${`${s.dataDir}/member`}`, { allowFailure: true, signal: ctx.signal })).exitCode === 0;
    if (!hasData && !ctx.restore) {
      await ops.ensureFile({ path: LAYOUT.bootstrapEnv, content: bootstrapEnv(ctx.bootstrap), mode: 0o600 });
    }
    const etcd = ctx.artifacts.find((a) => a.name === 'etcd');
    await ops.ensureUnit(LAYOUT.unitName, etcdUnit(m, s, ctx.version, etcd?.sha256 ?? ''));
  },
};
