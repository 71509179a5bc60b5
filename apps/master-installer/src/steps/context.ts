import { ResolvedArtifact } from '@kdeploy/artifacts';
import { PreconditionError } from '@kdeploy/errors';
import { ClusterPki, KitContext, Mutex } from '@kdeploy/installer';
import { HostConnection } from '@kdeploy/ssh';
import { Step } from '@kdeploy/steps';
import { EncryptionKey, EncryptionProvider } from '../control-plane/encryption-config';
import { MasterHost } from '../control-plane/settings';
import { ControlPlaneRequest } from '../request/spec-settings';
import { Component, KubernetesVersion } from '../versions';

/** Where kubelets, kube-proxies and users reach the apiservers, as the request derived it. */
export interface Endpoint {
  mode: 'load-balancer' | 'local-proxy' | 'single-master';
  address: string;
  port: number;
  /** `host:port` of every apiserver, which the local proxy balances across. */
  backends: string[];
}

/** A certificate with its key. `keyPem` is SECRET. */
export interface KeyPair {
  certPem: string;
  keyPem: string;
}

/** Everything the steps read; built once per call from the validated request and what the masters hold. */
export interface MasterCtx extends KitContext {
  request: ControlPlaneRequest;
  version: KubernetesVersion;
  artifacts: ResolvedArtifact<Component>[];
  pki: ClusterPki;
  endpoint: Endpoint;
  /** The Secrets encryption provider and keys (SECRET), the first encrypting; see encryption/keys.ts. */
  encryption: { provider: EncryptionProvider; keys: EncryptionKey[] };
  /**
   * The cluster signer every master's controller-manager signs kubelet CSRs with. It is one
   * for the whole control plane, because every apiserver must trust what any leader signed;
   * undefined in a dry run that would issue a new one.
   */
  signer?: KeyPair;
  /** Serialises apiserver restarts on a serving control plane, so one apiserver at most is down. */
  restartLock: Mutex;
  /** The masters this call changes. */
  installOn: ReadonlySet<string>;
  connections: ReadonlyMap<string, HostConnection>;
}

/** A step of this installer. */
export type MasterStep = Step<MasterCtx>;

/** The master a connection is for. */
export function masterOf(ctx: MasterCtx, host: HostConnection): MasterHost {
  const m = ctx.request.masters.find((x) => x.name === host.host);
  if (!m) throw new PreconditionError('not a master of this call', host.host);
  return m;
}

/** Picks the masters this call changes. */
export const installHosts = (ctx: MasterCtx, hosts: readonly HostConnection[]) => hosts.filter((h) => ctx.installOn.has(h.host));
