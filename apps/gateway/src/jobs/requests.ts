import { isAbsolute, resolve } from 'node:path';
import type { commonV1, etcdV1, masterV1, networkV1, nodeV1, pkiV1 } from '@kdeploy/proto';
import {
  addonsSpecMessage,
  ClusterSpec,
  DerivedCluster,
  endpointMessage,
  etcdSpecMessage,
  hostMessages,
  initClusterMessage,
  isUrlLocation,
  masterSpecMessage,
  networkSpecMessage,
  nodeSpecMessage,
} from '@kdeploy/cluster-spec';
import type { ClusterSecrets } from '../store/job-store';

/**
 * Builds the gRPC requests of every stage from the validated spec, its derived values and
 * the unsealed secrets. The one place that knows both the spec and the contracts, so no stage
 * re-derives a value by hand.
 */
export interface DeployInputs {
  clusterId: string;
  spec: ClusterSpec;
  derived: DerivedCluster;
  secrets: ClusterSecrets;
  knownHosts: string;
  /** The hosts a day-2 stage acts on; installer targets then hold only these. Absent: every host. */
  scope?: readonly string[];
}

/** A local path from the spec, as the gateway's process opens it (`~/` is the gateway user's home). */
export function localPath(path: string): string {
  if (path.startsWith('~/')) return resolve(process.env['HOME'] ?? '/', path.slice(2));
  return isAbsolute(path) ? path : resolve(path);
}

export const hostsOf = (inputs: DeployInputs): commonV1.Host[] => {
  const { scope } = inputs;
  const hosts = hostMessages(inputs.derived);
  return scope ? hosts.filter((h) => scope.includes(h.name ?? '')) : hosts;
};

/** The same inputs for every host: a cluster-wide call (a bootstrap token, the smoke check) made from a scoped stage. */
export const unscoped = (inputs: DeployInputs): DeployInputs => ({ ...inputs, scope: undefined });

/** Cluster, hosts and SSH access: the part every installer call starts with. Holds secrets. */
export function targetOf(inputs: DeployInputs): commonV1.Target {
  const { ssh } = inputs.spec.spec;
  const pins = inputs.spec.spec.hosts.flatMap((h) => (h.hostKeyFingerprint ? [{ host: h.name, fingerprint: h.hostKeyFingerprint }] : []));
  return {
    clusterId: inputs.clusterId,
    hosts: hostsOf(inputs),
    takeOverHosts: inputs.spec.spec.takeOverHosts,
    ssh: {
      user: ssh.user,
      privateKey: inputs.secrets.privateKey ?? '',
      passphrase: inputs.secrets.passphrase ?? '',
      password: inputs.secrets.password ?? '',
      sudoPassword: inputs.secrets.sudoPassword ?? '',
      ...(inputs.knownHosts ? { knownHosts: inputs.knownHosts } : { pinned: { pins } }),
      trustOnFirstUse: ssh.trustOnFirstUse,
    },
  };
}

export const initClusterRequest = (inputs: DeployInputs): pkiV1.InitClusterRequest =>
  initClusterMessage(inputs.clusterId, inputs.spec, inputs.derived);

export function artifactSourceOf(inputs: DeployInputs): commonV1.ArtifactSource {
  const { source } = inputs.spec.spec.artifacts;
  return isUrlLocation(source)
    ? { kind: 'ARTIFACT_SOURCE_KIND_MIRROR', location: source }
    : { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY', location: localPath(source) };
}

/** Every URL, SAN and the version as the spec derived them: the installer re-derives nothing. */
export function etcdSpecOf(inputs: DeployInputs): etcdV1.EtcdSpec {
  return etcdSpecMessage(inputs.derived.etcd);
}

/** The etcd-installer asks pki-service for member certificates itself (CSRs made on the hosts). */
export function pkiSourceOf(pkiAddress: string): commonV1.PkiSource {
  return { service: { address: pkiAddress } };
}

export const masterSpecOf = (inputs: DeployInputs): masterV1.MasterSpec => masterSpecMessage(inputs.derived);
export const nodeSpecOf = (inputs: DeployInputs): nodeV1.NodeSpec => nodeSpecMessage(inputs.spec, inputs.derived);
export const networkSpecOf = (inputs: DeployInputs): networkV1.NetworkSpec => networkSpecMessage(inputs.spec, inputs.derived);
export const endpointOf = (inputs: DeployInputs): commonV1.ControlPlaneEndpoint => endpointMessage(inputs.derived);
export const addonsOf = (inputs: DeployInputs): masterV1.AddonsSpec => addonsSpecMessage(inputs.spec, inputs.derived);

/** The common part of every installer call: target, artifacts and pki-service. Holds secrets. */
export const installerRequest = (inputs: DeployInputs, pkiAddress: string) => ({
  target: targetOf(inputs),
  artifacts: artifactSourceOf(inputs),
  pki: pkiSourceOf(pkiAddress),
});

/**
 * Where a kubeconfig handed to a person points: the load balancer, or the first master. A
 * local-proxy endpoint (127.0.0.1 on every host) is the hosts' own, not reachable from elsewhere;
 * every master's address is on the apiserver's certificate.
 */
export function externalEndpoint(d: DerivedCluster): commonV1.ControlPlaneEndpoint {
  if (d.apiserver.endpointKind === 'local-proxy') {
    const first = Object.values(d.apiserver.advertiseAddresses)[0] ?? d.apiserver.endpointAddress;
    return { address: first, port: d.apiserver.port };
  }
  return { address: d.apiserver.endpointAddress, port: d.apiserver.endpointPort };
}
