import { commonV1, etcdV1 } from '@kdeploy/proto';
import { sh } from '@kdeploy/ssh';
import { fanOutSettled } from '@kdeploy/steps';
import { ClusterState, readClusterState } from '../etcd/cluster-state';
import { LAYOUT } from '../etcd/layout';
import { errorDetail, hostConnection } from '@kdeploy/installer';
import { noMemberAnswered } from './apply';
import { Session } from './session';

/** Unit state of etcd on one host. */
async function hostStatus(session: Session, name: string): Promise<commonV1.HostStatus> {
  const c = hostConnection(session, name);
  const r = await c.exec(sh`systemctl show ${LAYOUT.unitName} -p ActiveState -p SubState -p UnitFileState`, {
    signal: session.signal,
    timeoutMs: 15_000,
  });
  const v = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  const unit: commonV1.UnitStatus = {
    unit: LAYOUT.unitName,
    activeState: v['ActiveState'] ?? '',
    subState: v['SubState'] ?? '',
    enabled: v['UnitFileState'] === 'enabled',
  };
  return { host: name, healthy: unit.activeState === 'active', units: [unit] };
}

/** Status: units per host, and the members as the first answering member reports them. */
export async function clusterStatus(session: Session): Promise<etcdV1.StatusResponse> {
  const hosts = await fanOutSettled(
    session.members.map((m) => ({ host: m.name })),
    ({ host }) => hostStatus(session, host),
    {
      concurrency: 10,
      what: 'Read etcd unit state',
      signal: session.signal,
    },
  );
  let state: ClusterState | undefined;
  const errors: string[] = [];
  for (const m of session.members) {
    if (state) break;
    state = await readClusterState(hostConnection(session, m.name), session.settings, session.signal).catch((e: Error) => {
      errors.push(`${m.name}: ${e.message}`);
      return undefined;
    });
  }
  if (!state) noMemberAnswered(errors);
  const units = hosts.map((o) => (o.ok ? o.value : { host: o.host, healthy: false, units: [], error: errorDetail(o.error) }));
  for (const u of units) {
    const member = state.members.find((m) => m.name === u.host);
    if (u.units?.[0] && member) Object.assign(u.units[0], { healthy: member.healthy, version: member.version });
    if (member && !member.healthy) u.healthy = false;
  }
  return {
    healthy: state.healthy,
    leaderName: state.members.find((m) => m.leader)?.name ?? '',
    hosts: units,
    members: state.members.map((m) => ({
      ...m,
      dbSizeBytes: String(m.dbSizeBytes),
      raftIndex: String(m.raftIndex),
      raftTerm: String(m.raftTerm),
    })),
  };
}
