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
import { commonV1, nodeV1 } from '@kdeploy/proto';
import { HostConnection } from '@kdeploy/ssh';
import { NodeSettings, nodeSettings } from '../request/settings';

/** What every RPC starts from: the validated request, SSH connections to the nodes, pki-service. */
export interface Session {
  clusterId: string;
  takeOverHosts: boolean;
  settings: NodeSettings;
  endpoint: ApiEndpoint;
  /** The nodes of target.hosts, in its order. */
  hosts: TargetHost[];
  connections: Map<string, HostConnection>;
  /** Absent on Remove, which needs no certificate. */
  pki?: ClusterPki;
  logger: Logger;
  signal?: AbortSignal;
  close(): Promise<void>;
}

interface SessionRequest {
  target: commonV1.Target__Output | null;
  spec: nodeV1.NodeSpec__Output | null;
  pki?: commonV1.PkiSource__Output | null;
}

/** Validates the common part of a request and opens (lazily) its connections; `needHosts` false for API-only calls (Drain). */
export function openSession(req: SessionRequest, deps: InstallerDeps, signal?: AbortSignal, needHosts = true): Session {
  const clusterId = clusterIdOf(req.target);
  const settings = nodeSettings(req.spec);
  const endpoint = apiEndpoint(req.spec?.endpoint);
  const hosts = targetHosts(req.target?.hosts ?? [], 'target.hosts', 'ROLE_NODE');
  if (needHosts && hosts.length === 0) throw new SpecError([{ path: 'target.hosts', message: 'at least one host with ROLE_NODE' }]);
  const access = sshAccess(req.target?.ssh ?? null, deps.logger, 'kd-node-ssh-');
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
