import { SpecError } from '@kdeploy/errors';
import { clusterIdOf, clusterPki, ClusterPki, InstallerDeps, pkiNotGiven, sshAccess, TargetHost, targetHosts } from '@kdeploy/installer';
import type { Logger } from '@kdeploy/logging';
import { commonV1, masterV1 } from '@kdeploy/proto';
import { HostConnection } from '@kdeploy/ssh';
import { ControlPlaneRequest, controlPlaneRequest } from '../request/spec-settings';
import { endpointOf } from '../request/endpoint';
import { Endpoint } from '../steps/context';

/** What every RPC starts from: the validated request, SSH connections to the masters and pki-service. */
export interface Session {
  clusterId: string;
  takeOverHosts: boolean;
  request: ControlPlaneRequest;
  endpoint: Endpoint;
  /** The masters of target.hosts, in its order. */
  hosts: TargetHost[];
  connections: Map<string, HostConnection>;
  pki: ClusterPki;
  logger: Logger;
  signal?: AbortSignal;
  close(): Promise<void>;
}

/** What a session needs from the process: the kit's installer dependencies. */
export type SessionDeps = InstallerDeps;

interface SessionRequest {
  target: commonV1.Target__Output | null;
  spec: masterV1.MasterSpec__Output | null;
  pki?: commonV1.PkiSource__Output | null;
}

/**
 * Validates the common part of a request and opens (lazily) its connections. Every master of
 * target.hosts must be in spec.masters at the same address: the request's derived values are
 * the only source of addresses and SANs.
 */
export function openSession(req: SessionRequest, deps: SessionDeps, signal?: AbortSignal): Session {
  const clusterId = clusterIdOf(req.target);
  const request = controlPlaneRequest(req.spec);
  const hosts = targetHosts(req.target?.hosts ?? [], 'target.hosts', 'ROLE_MASTER');
  if (hosts.length === 0) throw new SpecError([{ path: 'target.hosts', message: 'at least one host with ROLE_MASTER' }]);
  for (const h of hosts) {
    const m = request.masters.find((x) => x.name === h.name);
    if (!m) throw new SpecError([{ path: 'spec.masters', message: `${h.name} is a master of target.hosts but not of spec.masters` }]);
    if (m.address !== h.address)
      throw new SpecError([{ path: 'spec.masters', message: `${h.name} advertises ${m.address}, target.hosts has ${h.address}` }]);
  }
  const endpoint = endpointOf(req.spec?.endpoint ?? null, request);
  const access = sshAccess(req.target?.ssh ?? null, deps.logger, 'kd-master-ssh-');
  const connections = new Map(hosts.map((h) => [h.name, access.connect(h)]));
  const pki = req.pki ? clusterPki(req.pki, clusterId, deps.pkiTls, signal) : pkiNotGiven();
  return {
    clusterId,
    takeOverHosts: req.target?.takeOverHosts ?? false,
    request,
    endpoint,
    hosts,
    connections,
    pki,
    logger: deps.logger.child({ cluster: clusterId }),
    signal,
    async close() {
      pki.close();
      await access.close();
    },
  };
}
