import { SpecError } from '@kdeploy/errors';
import {
  ApiEndpoint,
  apiEndpoint,
  clusterIdOf,
  clusterPki,
  ClusterPki,
  InstallerDeps,
  sshAccess,
  TargetHost,
  targetHosts,
} from '@kdeploy/installer';
import type { Logger } from '@kdeploy/logging';
import { commonV1, networkV1 } from '@kdeploy/proto';
import { HostConnection } from '@kdeploy/ssh';
import { NetworkSettings, networkSettings } from '../request/settings';

/** What every RPC starts from: the validated request, SSH connections to the nodes, pki-service. */
export interface Session {
  clusterId: string;
  takeOverHosts: boolean;
  settings: NetworkSettings;
  /** SUBNET_MANAGER_KUBE only. */
  endpoint?: ApiEndpoint;
  /** The nodes of target.hosts, in its order. */
  hosts: TargetHost[];
  connections: Map<string, HostConnection>;
  /** Absent on Status, which needs no certificate. */
  pki?: ClusterPki;
  logger: Logger;
  signal?: AbortSignal;
  close(): Promise<void>;
}

interface SessionRequest {
  target: commonV1.Target__Output | null;
  spec: networkV1.NetworkSpec__Output | null;
  pki?: commonV1.PkiSource__Output | null;
  endpoint?: commonV1.ControlPlaneEndpoint__Output | null;
}

/** Validates the common part of a request and opens (lazily) its connections. */
export function openSession(req: SessionRequest, deps: InstallerDeps, signal?: AbortSignal): Session {
  const clusterId = clusterIdOf(req.target);
  const settings = networkSettings(req.spec);
  const hosts = targetHosts(req.target?.hosts ?? [], 'target.hosts', 'ROLE_NODE');
  if (hosts.length === 0) throw new SpecError([{ path: 'target.hosts', message: 'at least one host with ROLE_NODE' }]);
  const endpoint = settings.subnetManager === 'kube' && req.endpoint ? apiEndpoint(req.endpoint) : undefined;
  const access = sshAccess(req.target?.ssh ?? null, deps.logger, 'kd-network-ssh-');
  const connections = new Map(hosts.map((h) => [h.name, access.connect(h)]));
  const pki = req.pki ? clusterPki(req.pki, clusterId, deps.pkiTls, signal) : undefined;
  return {
    clusterId,
    takeOverHosts: req.target?.takeOverHosts ?? false,
    settings,
    endpoint,
    hosts,
    connections,
    pki,
    logger: deps.logger.child({ cluster: clusterId }),
    signal,
    async close() {
      pki?.close();
      await access.close();
    },
  };
}

/** The session's pki-service client, or a SpecError naming the missing field. */
export function pkiOf(session: Session): ClusterPki {
  if (!session.pki)
    throw new SpecError([{ path: 'pki.service.address', message: 'required: this call takes certificates from pki-service' }]);
  return session.pki;
}

/** The apiserver endpoint the Kubernetes subnet manager needs, or a SpecError naming it. */
export function endpointOf(session: Session): ApiEndpoint {
  if (!session.endpoint)
    throw new SpecError([{ path: 'endpoint', message: 'required with SUBNET_MANAGER_KUBE: where flanneld reaches the apiservers' }]);
  return session.endpoint;
}
