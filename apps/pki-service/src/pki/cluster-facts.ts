import type { LeafKey } from '@kdeploy/x509';

/** A host of the cluster as pki-service knows it: enough to decide which names it may hold. */
export interface ClusterHost {
  name: string;
  address: string;
  roles: ('etcd' | 'master' | 'node')[];
}

/**
 * What pki-service records about a cluster at InitCluster, and checks every request against.
 * `apiserverSans` comes from the spec library's derivation, so the same list is used everywhere.
 */
export interface ClusterFacts {
  hosts: ClusterHost[];
  apiserverSans: { dns: string[]; ips: string[] };
  caValidityDays: number;
  leafValidityDays: number;
  /** RSA size of the CA keys, and the least an RSA leaf key may have. */
  keySize: number;
  /** The algorithm of leaf keys issued here and made on the hosts; facts stored before it existed read as RSA of keySize. */
  leafKey: LeafKey;
}

/** Facts as stored: those recorded before leaf keys had their own algorithm read as RSA of the cluster's size. */
export function withLeafKey(facts: Omit<ClusterFacts, 'leafKey'> & { leafKey?: LeafKey }): ClusterFacts {
  return { ...facts, leafKey: facts.leafKey ?? (`rsa-${facts.keySize}` as LeafKey) };
}

/** The CAs every cluster has; the service-account key pair is kept beside them but is not a CA. */
export const CA_NAMES = ['kubernetes-ca', 'etcd-ca', 'front-proxy-ca'] as const;
export type CaName = (typeof CA_NAMES)[number];
