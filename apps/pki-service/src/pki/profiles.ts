import { CaName, ClusterFacts, ClusterHost } from './cluster-facts';
import { ExtKeyUsage, KeyUsage, Subject, SubjectAltNames } from '@kdeploy/x509';

/**
 * A profile fixes everything about a certificate except its key: issuing CA, subject, usages,
 * and which SANs it may carry. Host-bound profiles name a host that must hold `role`.
 */
export interface Profile {
  id: ProfileId;
  ca: CaName;
  /** Host-bound profiles are signed from CSRs made on that host; the others may be issued here. */
  hostRole?: ClusterHost['roles'][number];
  subject(host?: ClusterHost): Subject;
  /** True only for the in-cluster signer: an intermediate CA (path length 0). */
  isCA?: boolean;
  keyUsages: KeyUsage[];
  extKeyUsages: ExtKeyUsage[];
  allowedSans(facts: ClusterFacts, host?: ClusterHost): SubjectAltNames;
}

export const PROFILE_IDS = [
  'etcd-server',
  'etcd-peer',
  'etcd-client-apiserver',
  'etcd-client-healthcheck',
  'apiserver-serving',
  'apiserver-kubelet-client',
  'front-proxy-client',
  'admin',
  'controller-manager',
  'scheduler',
  'kube-proxy',
  'kubelet-client',
  'kubelet-serving',
  'cluster-signer',
  'etcd-client-flannel',
  'flannel',
  'metrics-server-serving',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** The DNS name of metrics-server's Service, the one name on its serving certificate. */
export const METRICS_SERVER_SERVICE_NAME = 'metrics-server.kube-system.svc';

const TLS_KEY: KeyUsage[] = ['digitalSignature', 'keyEncipherment'];
const NONE: SubjectAltNames = { dns: [], ips: [] };
const hostSans = (h?: ClusterHost): SubjectAltNames => (h ? { dns: [h.name, 'localhost'], ips: [h.address, '127.0.0.1', '::1'] } : NONE);

function client(id: ProfileId, ca: CaName, commonName: string, organizations: string[] = []): Profile {
  return {
    id,
    ca,
    subject: () => ({ commonName, organizations }),
    keyUsages: TLS_KEY,
    extKeyUsages: ['clientAuth'],
    allowedSans: () => NONE,
  };
}

/** A client identity shared by every node, each signed from a CSR made on its node (the key never leaves it). */
function nodeClient(id: ProfileId, ca: CaName, commonName: string): Profile {
  return { ...client(id, ca, commonName), hostRole: 'node' };
}

function nodeIdentity(id: ProfileId, ext: ExtKeyUsage, sans: boolean): Profile {
  return {
    id,
    ca: 'kubernetes-ca',
    hostRole: 'node',
    subject: (h) => ({ commonName: `system:node:${h?.name}`, organizations: ['system:nodes'] }),
    keyUsages: TLS_KEY,
    extKeyUsages: [ext],
    allowedSans: (_f, h) => (sans && h ? { dns: [h.name], ips: [h.address] } : NONE),
  };
}

function etcdMember(id: ProfileId): Profile {
  return {
    id,
    ca: 'etcd-ca',
    hostRole: 'etcd',
    subject: (h) => ({ commonName: h?.name ?? '', organizations: [] }),
    keyUsages: TLS_KEY,
    // etcd uses the peer certificate as a client of the other members, and the server one for its own gateway calls.
    extKeyUsages: ['serverAuth', 'clientAuth'],
    allowedSans: (_f, h) => hostSans(h),
  };
}

const ALL: Profile[] = [
  etcdMember('etcd-server'),
  etcdMember('etcd-peer'),
  client('etcd-client-apiserver', 'etcd-ca', 'kube-apiserver-etcd-client'),
  client('etcd-client-healthcheck', 'etcd-ca', 'kube-etcd-healthcheck-client'),
  {
    id: 'apiserver-serving',
    ca: 'kubernetes-ca',
    hostRole: 'master',
    subject: () => ({ commonName: 'kube-apiserver', organizations: [] }),
    keyUsages: TLS_KEY,
    extKeyUsages: ['serverAuth'],
    allowedSans: (f) => f.apiserverSans,
  },
  // no group: master-installer's bootstrap RBAC binds this user to system:kubelet-api-admin and nothing more
  client('apiserver-kubelet-client', 'kubernetes-ca', 'kube-apiserver-kubelet-client'),
  client('front-proxy-client', 'front-proxy-ca', 'front-proxy-client'),
  client('admin', 'kubernetes-ca', 'kubernetes-admin', ['system:masters']),
  client('controller-manager', 'kubernetes-ca', 'system:kube-controller-manager'),
  client('scheduler', 'kubernetes-ca', 'system:kube-scheduler'),
  client('kube-proxy', 'kubernetes-ca', 'system:kube-proxy', ['system:node-proxier']),
  nodeIdentity('kubelet-client', 'clientAuth', false),
  nodeIdentity('kubelet-serving', 'serverAuth', true),
  // etcd's user "flannel", whose role reaches only flannel's key prefix
  nodeClient('etcd-client-flannel', 'etcd-ca', 'flannel'),
  // bound by network-installer to flannel's ClusterRole (nodes get/list/watch, nodes/status patch) and nothing more
  nodeClient('flannel', 'kubernetes-ca', 'kdeploy:flannel'),
  {
    // the aggregation layer dials an endpoint of the Service but checks the Service's name
    id: 'metrics-server-serving',
    ca: 'kubernetes-ca',
    subject: () => ({ commonName: 'metrics-server', organizations: [] }),
    keyUsages: TLS_KEY,
    extKeyUsages: ['serverAuth'],
    allowedSans: () => ({ dns: [METRICS_SERVER_SERVICE_NAME], ips: [] }),
  },
  {
    // An intermediate CA for kube-controller-manager's CSR signer, so that signing kubelet
    // certificates in the cluster never needs the root key.
    id: 'cluster-signer',
    ca: 'kubernetes-ca',
    isCA: true,
    subject: () => ({ commonName: 'kubernetes-cluster-signer', organizations: [] }),
    keyUsages: ['digitalSignature', 'keyCertSign'],
    extKeyUsages: [],
    allowedSans: () => NONE,
  },
];

const BY_ID = new Map(ALL.map((p) => [p.id, p]));

/** The profile with this id, or undefined for an unknown one. */
export function findProfile(id: string): Profile | undefined {
  return BY_ID.get(id as ProfileId);
}
