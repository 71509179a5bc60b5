import { HostConnection } from '@kdeploy/ssh';
import { EtcdSettings } from '../request/settings';
import { etcdctl, etcdctlJson, hexId } from './etcdctl';

/** One member as the cluster reports it, merged from member list, endpoint status/health and alarms. */
export interface MemberState {
  id: string;
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  learner: boolean;
  healthy: boolean;
  leader: boolean;
  dbSizeBytes: number;
  version: string;
  raftIndex: number;
  raftTerm: number;
  alarms: string[];
  error: string;
}

/** What one reachable member says about the whole cluster. */
export interface ClusterState {
  members: MemberState[];
  leaderId?: string;
  /** True when every member answers its health endpoint and a leader exists. */
  healthy: boolean;
}

type Id = string | number;
interface MemberList {
  members?: { ID: Id; name?: string; peerURLs?: string[]; clientURLs?: string[]; isLearner?: boolean }[];
}
interface EndpointStatus {
  Endpoint: string;
  Status: { header: { member_id: Id }; version: string; dbSize: number; leader: Id; raftIndex: Id; raftTerm: Id };
}
interface EndpointHealth {
  endpoint: string;
  health: boolean;
  error?: string;
}
interface AlarmList {
  alarms?: { memberID: Id; alarm: number | string }[];
}

const ALARM_NAMES: Record<string, string> = { '1': 'NOSPACE', '2': 'CORRUPT' };

/** Reads the cluster through `via` (a member host running etcd with the health-check certificate). */
export async function readClusterState(via: HostConnection, s: EtcdSettings, signal?: AbortSignal): Promise<ClusterState> {
  const list = await etcdctlJson<MemberList>(via, s, ['member', 'list'], { signal });
  const members: MemberState[] = (list.members ?? []).map((m) => ({
    id: hexId(m.ID),
    name: m.name ?? '',
    peerUrls: m.peerURLs ?? [],
    clientUrls: m.clientURLs ?? [],
    learner: !!m.isLearner,
    healthy: false,
    leader: false,
    dbSizeBytes: 0,
    version: '',
    raftIndex: 0,
    raftTerm: 0,
    alarms: [],
    error: m.name ? '' : 'not started',
  }));
  const endpoints = members.flatMap((m) => m.clientUrls);
  if (endpoints.length === 0) return { members, healthy: false };
  // Each endpoint is asked on its own so that one dead member costs a dial timeout, not the call.
  const [health, status, alarms] = await Promise.all([
    etcdctl(via, s, ['endpoint', 'health', '-w', 'json'], { endpoints, signal, allowFailure: true }),
    etcdctl(via, s, ['endpoint', 'status', '-w', 'json'], { endpoints, signal, allowFailure: true }),
    etcdctlJson<AlarmList>(via, s, ['alarm', 'list'], { signal }).catch(() => ({ alarms: [] }) as AlarmList),
  ]);
  const healthList = parseLenient<EndpointHealth[]>(health.stdout) ?? [];
  const statusList = parseLenient<EndpointStatus[]>(status.stdout) ?? [];
  let leaderId: string | undefined;
  for (const m of members) {
    const h = healthList.find((e) => m.clientUrls.includes(e.endpoint));
    const st = statusList.find((e) => m.clientUrls.includes(e.Endpoint));
    m.healthy = !!h?.health;
    if (h && !h.health) m.error = h.error || 'unhealthy';
    else if (!h && m.clientUrls.length) m.error = 'no answer';
    if (st) {
      m.dbSizeBytes = Number(st.Status.dbSize);
      m.version = st.Status.version;
      m.raftIndex = Number(st.Status.raftIndex);
      m.raftTerm = Number(st.Status.raftTerm);
      if (String(st.Status.leader) !== '0') leaderId = hexId(st.Status.leader);
    }
    m.alarms = (alarms.alarms ?? []).filter((a) => hexId(a.memberID) === m.id).map((a) => ALARM_NAMES[String(a.alarm)] ?? String(a.alarm));
  }
  for (const m of members) m.leader = m.id === leaderId;
  const healthy = leaderId !== undefined && members.length > 0 && members.every((m) => m.healthy);
  return { members, leaderId, healthy };
}

/** etcdctl prints JSON even when some endpoints fail (then it exits non-zero); keep what parsed. */
function parseLenient<T>(stdout: string): T | undefined {
  const text = stdout.replace(/:(\d{15,})/g, ':"$1"').trim();
  const start = text.indexOf('[');
  if (start < 0) return undefined;
  try {
    return JSON.parse(text.slice(start)) as T;
  } catch {
    return undefined;
  }
}
