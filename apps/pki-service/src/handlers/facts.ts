import { SpecError, SpecIssue } from '@kdeploy/errors';
import { pkiV1 } from '@kdeploy/proto';
import { apiserverSanList, canonicalIp } from '@kdeploy/cluster-spec';
import { LeafKey, leafKeyFrom } from '@kdeploy/x509';
import { ClusterFacts, ClusterHost } from '../pki/cluster-facts';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const ROLES: Record<string, ClusterHost['roles'][number]> = { ROLE_ETCD: 'etcd', ROLE_MASTER: 'master', ROLE_NODE: 'node' };
const KEY_SIZES: Record<string, number> = {
  KEY_ALGORITHM_UNSPECIFIED: 2048,
  KEY_ALGORITHM_RSA_2048: 2048,
  KEY_ALGORITHM_RSA_3072: 3072,
  KEY_ALGORITHM_RSA_4096: 4096,
};

/** Refuses a cluster id that could not be a file name, a label or a log field as it is. */
export function checkClusterId(id: string | undefined): string {
  if (!id || !/^[a-z0-9][-a-z0-9.]{0,62}$/.test(id)) {
    throw new SpecError([{ path: 'cluster_id', message: 'required: lower-case letters, digits, "-" and ".", at most 63 characters' }]);
  }
  return id;
}

/** Key size of an RSA KeyAlgorithm value. */
export function keySizeOf(alg: string | undefined): number {
  return KEY_SIZES[alg ?? 'KEY_ALGORITHM_UNSPECIFIED'] ?? 2048;
}

/** The leaf key a KeyAlgorithm value names; unspecified means RSA of the cluster's size. */
export function leafKeyOf(alg: string | undefined, keySize: number): LeafKey {
  return leafKeyFrom(alg) ?? (`rsa-${keySize}` as LeafKey);
}

/** The cluster facts an InitCluster request gives, validated with every problem named. */
export function factsFromRequest(req: pkiV1.InitClusterRequest__Output): ClusterFacts {
  const issues: SpecIssue[] = [];
  try {
    checkClusterId(req.clusterId);
  } catch (e) {
    issues.push(...(e as SpecError).issues);
  }
  const hosts: ClusterHost[] = [];
  req.hosts.forEach((h, i) => {
    const address = canonicalIp(h.address);
    if (!DNS_LABEL.test(h.name)) issues.push({ path: `hosts[${i}].name`, message: 'not a lower-case DNS label' });
    if (!address) issues.push({ path: `hosts[${i}].address`, message: 'not an IPv4 or IPv6 address' });
    const roles = h.roles.map((r) => ROLES[r]).filter(Boolean);
    if (!roles.length) issues.push({ path: `hosts[${i}].roles`, message: 'at least one of ROLE_ETCD, ROLE_MASTER, ROLE_NODE' });
    if (hosts.some((o) => o.name === h.name)) issues.push({ path: `hosts[${i}].name`, message: `duplicate host name ${h.name}` });
    hosts.push({ name: h.name, address: address ?? h.address, roles });
  });
  if (!hosts.length) issues.push({ path: 'hosts', message: 'at least one host is required' });
  if (req.keyAlgorithm === 'KEY_ALGORITHM_ECDSA_P256')
    issues.push({ path: 'key_algorithm', message: 'CA keys are RSA (2048, 3072 or 4096); ECDSA P-256 is for leaf_key_algorithm' });
  const lb = req.endpoint?.mode === 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER' ? req.endpoint.address : undefined;
  if (lb !== undefined && !canonicalIp(lb))
    issues.push({ path: 'endpoint.address', message: 'a load balancer endpoint needs an IPv4 or IPv6 address' });
  let sans: ClusterFacts['apiserverSans'] = { dns: [], ips: [] };
  try {
    const list = apiserverSanList({
      masters: hosts.filter((h) => h.roles.includes('master')),
      serviceCidr: req.serviceCidr,
      clusterDomain: req.clusterDomain || 'cluster.local',
      loadBalancerAddress: lb,
    });
    sans = { dns: list.dnsNames, ips: list.ipAddresses };
  } catch (e) {
    issues.push(...(e instanceof SpecError ? e.issues : [{ path: 'service_cidr', message: (e as Error).message }]));
  }
  if (issues.length) throw new SpecError(issues);
  return {
    hosts,
    apiserverSans: sans,
    caValidityDays: req.caValidityDays || 3650,
    leafValidityDays: req.leafValidityDays || 365,
    keySize: keySizeOf(req.keyAlgorithm),
    leafKey: leafKeyOf(req.leafKeyAlgorithm, keySizeOf(req.keyAlgorithm)),
  };
}
