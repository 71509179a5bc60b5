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
  keySize: number;
}

/** The CAs every cluster has; the service-account key pair is kept beside them but is not a CA. */
export const CA_NAMES = ['kubernetes-ca', 'etcd-ca', 'front-proxy-ca'] as const;
export type CaName = (typeof CA_NAMES)[number];
