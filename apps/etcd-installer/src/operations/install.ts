import { PreconditionError } from '@kdeploy/errors';
import { commonV1 } from '@kdeploy/proto';
import { sh } from '@kdeploy/ssh';
import { fanOutSettled, runSteps, RunResult } from '@kdeploy/steps';
import { resolveArtifacts } from '@kdeploy/artifacts';
import { readClusterState } from '../etcd/cluster-state';
import { BINARIES, LAYOUT } from '../etcd/layout';
import { Bootstrap, EtcdStep, InstallCtx, Mutex } from '../install/context';
import { INSTALL_STEPS } from '../install/steps';
import { ProgressStream } from '../handlers/progress';
import { initialCluster } from '../request/settings';
import { connectionOf, pkiOf, Session } from './session';

/** What a member host holds now, read before any step runs. */
interface Found {
  host: string;
  hasData: boolean;
  active: boolean;
}

/** Reads which hosts already hold etcd data and run etcd; unreachable hosts are left to preflight. */
export async function discover(session: Session): Promise<Found[]> {
  const outcomes = await fanOutSettled(
    session.members.map((m) => ({ host: m.name })),
    async ({ host }) => {
      const c = connectionOf(session, host);
      const r = await c.exec(sh`test -d ${`${session.settings.dataDir}/member`} && echo data; systemctl is-active --quiet ${LAYOUT.unitName} && echo active; true`, { signal: session.signal, timeoutMs: 15_000 });
      return { host, hasData: r.stdout.includes('data'), active: r.stdout.includes('active') };
    },
    { concurrency: 10, what: 'Discover etcd on the hosts', signal: session.signal },
  );
  return outcomes.flatMap((o) => (o.ok ? [o.value] : []));
}

/** The install context for Apply (and Restore): bootstrap settings from what is found on the hosts. */
export async function applyContext(session: Session, artifacts: commonV1.ArtifactSource__Output | null, restore?: InstallCtx['restore']): Promise<InstallCtx> {
  const found = await discover(session);
  const running = found.filter((f) => f.active && f.hasData);
  let bootstrap: Bootstrap = { state: 'new', token: `kdeploy-${session.clusterId}`, initialCluster: initialCluster(session.members, session.settings) };
  const bare = session.members.filter((m) => !found.some((f) => f.host === m.name && f.hasData));
  if (running.length > 0 && !restore && bare.length > 0) {
    // A cluster serves already and some requested host has no data: it must be a registered member
    // (a half-finished AddMember), never a stranger that would bootstrap a second cluster.
    const state = await readClusterState(connectionOf(session, running[0].host), session.settings, session.signal);
    const names = new Set(state.members.map((m) => m.name));
    const strangers = session.members.filter((m) => !names.has(m.name)).map((m) => m.name);
    if (strangers.length) throw new PreconditionError(`not members of the running cluster: ${strangers.join(', ')}; add them one at a time with AddMember`);
  }
  if (running.length > 0 && !restore) bootstrap = { ...bootstrap, state: 'existing' };
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    members: session.members,
    installOn: new Set(session.members.map((m) => m.name)),
    artifacts: await resolveArtifacts(artifacts, session.settings.version, BINARIES),
    pki: pkiOf(session),
    bootstrap,
    clusterRunning: running.length > 0 && !restore,
    restartLock: new Mutex(),
    restore,
    connections: session.connections,
    signal: session.signal,
  };
}

/** Title → id for progress events, over every step list of this installer. */
export function stepIds(...lists: (readonly EtcdStep[])[]): (title: string) => string {
  const map = new Map(lists.flat().map((s) => [s.title, s.id]));
  return (title) => map.get(title) ?? `etcd/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Runs steps over the session's member hosts, streaming progress when a stream is given. */
export function runEtcdSteps(session: Session, ctx: InstallCtx, steps: readonly EtcdStep[], mode: 'plan' | 'apply', progress?: ProgressStream): Promise<RunResult> {
  return runSteps({
    steps,
    hosts: session.members.map((m) => connectionOf(session, m.name)),
    ctx,
    mode,
    signal: session.signal,
    onEvent: progress?.onStepEvent,
    logger: session.logger,
  });
}

export { INSTALL_STEPS };
