import { SpecError } from '@kdeploy/errors';
import { clusterIdOf, clusterPki, ClusterPki, InstallerDeps, pkiNotGiven, sshAccess, SshAccess, targetHosts } from '@kdeploy/installer';
import type { Logger } from '@kdeploy/logging';
import { commonV1, etcdV1 } from '@kdeploy/proto';
import { HostConnection } from '@kdeploy/ssh';
import { EtcdSettings, MemberHost, settingsOf, withMemberSpecs } from '../request/settings';

/** What every RPC starts from: the validated request, SSH connections and (when given) pki-service. */
export interface Session {
  clusterId: string;
  /** The request takes over hosts another cluster owns (Target.take_over_hosts). */
  takeOverHosts: boolean;
  settings: EtcdSettings;
  /** The etcd hosts of target.hosts (plus an AddMember's new host, last). */
  members: MemberHost[];
  connections: Map<string, HostConnection>;
  pki?: ClusterPki;
  logger: Logger;
  signal?: AbortSignal;
  close(): Promise<void>;
}

/** What a session needs from the process: the kit's installer dependencies. */
export type SessionDeps = InstallerDeps;

interface SessionRequest {
  target: commonV1.Target__Output | null;
  spec: etcdV1.EtcdSpec__Output | null;
  pki?: commonV1.PkiSource__Output | null;
}

/** What a call needs of the request beyond its hosts. */
export interface SessionOptions {
  /** An AddMember's new host, listed after the members. */
  extra?: commonV1.Host__Output[];
  /** The call renders units or certificates: every member needs its entry in spec.members. */
  derived?: boolean;
}

/** Validates the common part of a request and opens (lazily) its connections. */
export function openSession(req: SessionRequest, deps: SessionDeps, signal?: AbortSignal, options: SessionOptions = {}): Session {
  const { logger } = deps;
  const clusterId = clusterIdOf(req.target);
  const settings = settingsOf(req.spec);
  const hosts = [...targetHosts(req.target?.hosts ?? [], 'target.hosts', 'ROLE_ETCD'), ...targetHosts(options.extra ?? [], 'member')];
  const members = withMemberSpecs(hosts, req.spec, options.derived ?? false);
  const dup = members.find((m, i) => members.findIndex((o) => o.name === m.name || o.address === m.address) !== i);
  if (dup) throw new SpecError([{ path: 'member', message: `${dup.name} (${dup.address}) is already in target.hosts` }]);
  if (members.length === 0) throw new SpecError([{ path: 'target.hosts', message: 'at least one host with ROLE_ETCD' }]);
  const access: SshAccess = sshAccess(req.target?.ssh ?? null, logger, 'kd-etcd-ssh-');
  const connections = new Map(members.map((m) => [m.name, access.connect(m)]));
  const pki = req.pki ? clusterPki(req.pki, clusterId, deps.pkiTls, signal) : undefined;
  return {
    clusterId,
    takeOverHosts: req.target?.takeOverHosts ?? false,
    settings,
    members,
    connections,
    pki,
    logger: logger.child({ cluster: clusterId }),
    signal,
    async close() {
      pki?.close();
      await access.close();
    },
  };
}

/** The connections of the hosts among `names`, in that order; names without one are skipped. */
export function connectionsOf(session: Session, names: readonly string[]): HostConnection[] {
  return names.flatMap((n) => session.connections.get(n) ?? []);
}

/** The session's pki-service client, or a placeholder that fails when a step asks it for a certificate. */
export const pkiOf = (session: Session): ClusterPki => session.pki ?? pkiNotGiven();
