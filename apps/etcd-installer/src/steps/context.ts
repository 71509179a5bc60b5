import { ResolvedArtifact } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { ClusterPki, Mutex } from '@kdeploy/installer';
import { HostConnection } from '@kdeploy/ssh';
import { Step } from '@kdeploy/steps';
import { BinaryName } from '../etcd/layout';
import { EtcdSettings, MemberHost } from '../request/settings';
import { EtcdVersion } from '../versions';
import { BootChain } from './boot-chain';

/** How a member that has no data yet bootstraps; written to LAYOUT.bootstrapEnv only then. */
export interface Bootstrap {
  state: 'new' | 'existing';
  token: string;
  /** --initial-cluster for the members bootstrapping now. */
  initialCluster: string;
}

/** Everything the install steps read; built once per call from the validated request. */
export interface InstallCtx {
  clusterId: string;
  /** Hosts another cluster owns may be taken over (otherwise preflight refuses them). */
  takeOverHosts: boolean;
  settings: EtcdSettings;
  /** The version table of the etcd minor deployed: its flags. */
  version: EtcdVersion;
  /** Every member the cluster has (or will have) after this call. */
  members: MemberHost[];
  /** Hosts the install steps change in this call (Apply: all members; AddMember: the new one). */
  installOn: ReadonlySet<string>;
  artifacts: ResolvedArtifact<BinaryName>[];
  pki: ClusterPki;
  bootstrap: Bootstrap;
  /** A cluster already serves: a member whose unit changed restarts alone, then the cluster must be healthy again. */
  clusterRunning: boolean;
  /** Serialises those rolling restarts. */
  restartLock: Mutex;
  /** Set when members bootstrap a new cluster together: the order they start in. */
  bootChain?: BootChain;
  /** No member had data when the call began: the cluster is made by this call, with no user or role yet. */
  noMemberHadData?: boolean;
  /** Set by Restore: the snapshot's path on every member and the new cluster token. */
  restore?: { snapshotPath: string; token: string };
  /** Connections of every member, by name (for cluster-wide checks and error reports). */
  connections: ReadonlyMap<string, HostConnection>;
  signal?: AbortSignal;
}

/** A step of this installer. */
export type EtcdStep = Step<InstallCtx>;

/** The member a connection is for. */
export function memberOf(ctx: InstallCtx, host: HostConnection): MemberHost {
  const m = ctx.members.find((x) => x.name === host.host);
  if (!m) throw new PreconditionError('not a member of this call', host.host);
  return m;
}

/** Picks the hosts the install steps change in this call. */
export const installHosts = (ctx: InstallCtx, hosts: readonly HostConnection[]) => hosts.filter((h) => ctx.installOn.has(h.host));
