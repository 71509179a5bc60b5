import type { commonV1, pkiV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';
import type { ClusterSpec } from '../schema/cluster';
import { endpointMessage } from './endpoint';

const ROLE: Record<string, commonV1.Role> = { etcd: 'ROLE_ETCD', master: 'ROLE_MASTER', node: 'ROLE_NODE' };

/** The cluster's hosts as kdeploy.common.v1.Host carries them (SSH port, roles). */
export function hostMessages(d: DerivedCluster): commonV1.Host[] {
  return d.hosts.map((h) => ({ name: h.name, address: h.address, port: h.sshPort, roles: h.roles.map((r) => ROLE[r]) }));
}

/** pki-service's InitCluster for a cluster: its hosts, the facts apiserver SANs follow from, validities and key size. */
export function initClusterMessage(clusterId: string, spec: ClusterSpec, d: DerivedCluster): pkiV1.InitClusterRequest {
  const { pki, network } = spec.spec;
  return {
    clusterId,
    caValidityDays: pki.caYears * 365,
    leafValidityDays: pki.leafDays,
    keyAlgorithm: `KEY_ALGORITHM_RSA_${pki.keySize}` as pkiV1.KeyAlgorithm,
    leafKeyAlgorithm:
      pki.keyAlgorithm === 'ecdsa' ? 'KEY_ALGORITHM_ECDSA_P256' : (`KEY_ALGORITHM_RSA_${pki.keySize}` as pkiV1.KeyAlgorithm),
    hosts: hostMessages(d),
    serviceCidr: network.serviceCIDR,
    clusterDomain: network.clusterDomain,
    endpoint: endpointMessage(d),
  };
}
