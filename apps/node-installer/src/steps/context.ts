import { ResolvedArtifact } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { ApiEndpoint, ClusterPki, KitContext } from '@kdeploy/installer';
import { HostConnection } from '@kdeploy/ssh';
import { Step } from '@kdeploy/steps';
import { HostFacts } from '../node/host-facts';
import { NodeSettings, Runtime, runtimeOf } from '../request/settings';
import { NodeVersion } from '../versions';

/** One node of the call: its name (the Node's) and its address (the kubelet's node IP). */
export interface NodeHost {
  name: string;
  address: string;
}

/** Everything the steps read; built once per call from the validated request and what the hosts are. */
export interface NodeCtx extends KitContext {
  settings: NodeSettings;
  version: NodeVersion;
  artifacts: ResolvedArtifact<string>[];
  pki: ClusterPki;
  endpoint: ApiEndpoint;
  nodes: NodeHost[];
  /** What each host is, read before any step (OS family, cgroup version, identities, swap). */
  facts: ReadonlyMap<string, HostFacts>;
  /** SECRET. The bootstrap token of a Join; absent on Apply, which joins no new node. */
  token?: string;
  installOn: ReadonlySet<string>;
  connections: ReadonlyMap<string, HostConnection>;
}

/** A step of this installer. */
export type NodeStep = Step<NodeCtx>;

/** The node a connection is for. */
export function nodeOf(ctx: NodeCtx, host: HostConnection): NodeHost {
  const n = ctx.nodes.find((x) => x.name === host.host);
  if (!n) throw new PreconditionError('not a node of this call', host.host);
  return n;
}

/** The facts of a host, read before the steps. */
export function factsOf(ctx: NodeCtx, host: HostConnection): HostFacts {
  const f = ctx.facts.get(host.host);
  if (!f) throw new PreconditionError('the host could not be read before the steps', host.host);
  return f;
}

/** Picks the nodes this call changes. */
export const installHosts = (ctx: NodeCtx, hosts: readonly HostConnection[]) => hosts.filter((h) => ctx.installOn.has(h.host));

/** Picks the nodes this call changes that run the given runtime. */
export const installHostsRunning = (runtime: Runtime) => (ctx: NodeCtx, hosts: readonly HostConnection[]) =>
  installHosts(ctx, hosts).filter((h) => runtimeOf(ctx.settings, h.host) === runtime);
