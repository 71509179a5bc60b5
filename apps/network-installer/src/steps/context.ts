import type { ResolvedArtifact } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import type { ApiEndpoint, ClusterPki, KitContext } from '@kdeploy/installer';
import type { ApiAccess } from '@kdeploy/kube-api';
import type { HostConnection } from '@kdeploy/ssh';
import type { Step } from '@kdeploy/steps';
import type { NetworkSettings } from '../request/settings';

/** One node of the call: its name (the Node's) and its address (flannel's underlay). */
export interface NetNode {
  name: string;
  address: string;
  /** The MTU of the interface holding the address, read before any step. */
  ifaceMtu: number;
}

/** Everything the steps read; built once per call from the validated request and what the hosts are. */
export interface NetCtx extends KitContext {
  settings: NetworkSettings;
  artifacts: ResolvedArtifact<string>[];
  pki: ClusterPki;
  /** SUBNET_MANAGER_KUBE: where flanneld reaches the apiservers. */
  endpoint?: ApiEndpoint;
  /** SUBNET_MANAGER_KUBE: the API as the cluster admin, for the call's own reads (the Nodes' podCIDRs). */
  api?: ApiAccess;
  nodes: NetNode[];
}

/** A step of this installer. */
export type NetStep = Step<NetCtx>;

/** The node a connection is for. */
export function netNodeOf(ctx: NetCtx, host: HostConnection): NetNode {
  const n = ctx.nodes.find((x) => x.name === host.host);
  if (!n) throw new PreconditionError('not a node of this call', host.host);
  return n;
}

/** The one node that writes flannel's network config into etcd: the call's first. */
export const configWriter = (hosts: readonly HostConnection[]) => hosts.slice(0, 1);
