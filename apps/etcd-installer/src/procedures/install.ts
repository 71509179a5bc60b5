import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError, SpecError } from '@kdeploy/errors';
import { hostConnection, Mutex } from '@kdeploy/installer';
import { commonV1 } from '@kdeploy/proto';
import { sh } from '@kdeploy/ssh';
import { fanOutSettled, procedure, Procedure } from '@kdeploy/steps';
import { readClusterState } from '../etcd/cluster-state';
import { BootChain } from '../steps/boot-chain';
import { BINARIES, LAYOUT } from '../etcd/layout';
import { Bootstrap, EtcdStep, InstallCtx } from '../steps/context';
import { clientAuth } from '../steps/client-auth';
import { etcdConfig } from '../steps/etcd-config';
import { healthcheckClient } from '../steps/healthcheck-client';
import { installBinaries } from '../steps/install-binaries';
import { memberCertificates } from '../steps/member-certificates';
import { memberKeys } from '../steps/member-keys';
import { preflight } from '../steps/preflight';
import { recordOwnerStep } from '../steps/record-owner';
import { restoreData } from '../steps/restore-data';
import { startEtcd } from '../steps/start-etcd';
import { waitHealthy } from '../steps/wait-healthy';
import { versionTable } from '../versions';
import { pkiOf, Session } from './session';

/**
 * What a member needs before etcd may start on it: checks, ownership record, binaries, keys,
 * certificates, unit. Preflight only reads, so a bad host fails the call before any host is
 * changed. Install and AddMember both begin with it.
 */
export const PREPARE_MEMBER: readonly EtcdStep[] = [
  preflight,
  recordOwnerStep,
  installBinaries,
  memberKeys,
  memberCertificates,
  healthcheckClient,
  etcdConfig,
];

/** Apply on every member (and Restore, with restoreData active): prepare, restore, start, wait, auth on. */
export const INSTALL: Procedure<InstallCtx> = procedure('install', [...PREPARE_MEMBER, restoreData, startEtcd, waitHealthy, clientAuth]);

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
      const c = hostConnection(session, host);
      const r = await c.exec(
        sh`test -d ${`${session.settings.dataDir}/member`} && echo data; systemctl is-active --quiet ${LAYOUT.unitName} && echo active; true`,
        { signal: session.signal, timeoutMs: 15_000 },
      );
      return { host, hasData: r.stdout.includes('data'), active: r.stdout.includes('active') };
    },
    { concurrency: 10, what: 'Discover etcd on the hosts', signal: session.signal },
  );
  return outcomes.flatMap((o) => (o.ok ? [o.value] : []));
}

/** The install context for Apply (and Restore): bootstrap settings from what is found on the hosts. */
export async function applyContext(
  session: Session,
  artifacts: commonV1.ArtifactSource__Output | null,
  restore?: InstallCtx['restore'],
): Promise<InstallCtx> {
  if (!session.settings.initialCluster)
    throw new SpecError([
      { path: 'spec.initial_cluster', message: 'required: name=peer URL of every member, as the cluster spec derives it' },
    ]);
  const found = await discover(session);
  const running = found.filter((f) => f.active && f.hasData);
  let bootstrap: Bootstrap = { state: 'new', token: `kdeploy-${session.clusterId}`, initialCluster: session.settings.initialCluster };
  const bare = session.members.filter((m) => !found.some((f) => f.host === m.name && f.hasData));
  if (running.length > 0 && !restore && bare.length > 0) {
    // A cluster serves already and some requested host has no data: it must be a registered member
    // (a half-finished AddMember), never a stranger that would bootstrap a second cluster.
    const state = await readClusterState(hostConnection(session, running[0].host), session.settings, session.signal);
    const names = new Set(state.members.map((m) => m.name));
    const strangers = session.members.filter((m) => !names.has(m.name)).map((m) => m.name);
    if (strangers.length)
      throw new PreconditionError(`not members of the running cluster: ${strangers.join(', ')}; add them one at a time with AddMember`);
  }
  if (running.length > 0 && !restore) bootstrap = { ...bootstrap, state: 'existing' };
  const names = session.members.map((m) => m.name);
  const together = bootstrap.state === 'new' && !restore && names.length > 1;
  return installContext(session, names, {
    artifacts: await resolveArtifacts(artifacts, session.settings.version, BINARIES),
    bootstrap,
    clusterRunning: running.length > 0 && !restore,
    restore,
    bootChain: together ? new BootChain(names) : undefined,
    noMemberHadData: bare.length === session.members.length && !restore,
  });
}

/**
 * The one builder of the install context: `installOn` are the hosts the steps change; the
 * rest (an existing cluster, no artifacts, no bootstrap) is overridden by the procedures that
 * need more.
 */
export function installContext(session: Session, installOn: readonly string[], extra: Partial<InstallCtx> = {}): InstallCtx {
  return {
    clusterId: session.clusterId,
    takeOverHosts: session.takeOverHosts,
    settings: session.settings,
    // Only calls that render a unit need the version's table; a removal takes any version.
    version: 'version' in extra && extra.version ? extra.version : versionTable(session.settings.version),
    members: session.members,
    installOn: new Set(installOn),
    artifacts: [],
    pki: pkiOf(session),
    bootstrap: { state: 'existing', token: `kdeploy-${session.clusterId}`, initialCluster: '' },
    clusterRunning: false,
    restartLock: new Mutex(),
    connections: session.connections,
    signal: session.signal,
    ...extra,
  };
}
