import { hostPort } from '../net/ip';
import { KubernetesMinor } from '../schema/versions';

/** Subject alternative names, split as a certificate carries them. */
export interface SanList {
  dnsNames: string[];
  ipAddresses: string[];
}

/** The etcd ports: fixed, TLS only. */
export const ETCD_CLIENT_PORT = 2379;
export const ETCD_PEER_PORT = 2380;

/**
 * The etcd minor each supported Kubernetes minor is released and tested with (its
 * cmd/kubeadm constants): the version the etcd-installer's flag table and artifact check use.
 */
export const ETCD_MINOR: Record<KubernetesMinor, string> = { '1.37': '3.7' };

/** One etcd member: every URL and name its unit and certificates need. */
export interface EtcdMember {
  name: string;
  address: string;
  clientURL: string;
  peerURL: string;
  /** Where etcd listens for clients: its own address and loopback (health checks on the host). */
  listenClientURLs: string[];
  listenPeerURLs: string[];
  sans: SanList;
}

/** The etcd part of the derived values. */
export interface DerivedEtcd {
  /** etcd minor, e.g. `3.7`. */
  version: string;
  members: EtcdMember[];
  /** `--initial-cluster`: name=peerURL, comma-separated. */
  initialCluster: string;
  clientEndpoints: string[];
  clientPort: number;
  peerPort: number;
  dataDir: string;
}

const unique = (values: string[]) => [...new Set(values)];

/** One member from its host; IPv6 addresses get brackets in URLs and `::1` among the SANs. */
export function etcdMember(host: { name: string; address: string }): EtcdMember {
  const ipv6 = host.address.includes(':');
  const clientURL = `https://${hostPort(host.address, ETCD_CLIENT_PORT)}`;
  const peerURL = `https://${hostPort(host.address, ETCD_PEER_PORT)}`;
  return {
    name: host.name,
    address: host.address,
    clientURL,
    peerURL,
    listenClientURLs: [clientURL, `https://${hostPort('127.0.0.1', ETCD_CLIENT_PORT)}`],
    listenPeerURLs: [peerURL],
    sans: { dnsNames: [host.name, 'localhost'], ipAddresses: unique([host.address, '127.0.0.1', ...(ipv6 ? ['::1'] : [])]) },
  };
}

/** The etcd values of the hosts with the etcd role, in spec order. */
export function deriveEtcd(hosts: readonly { name: string; address: string }[], minor: KubernetesMinor, dataDir: string): DerivedEtcd {
  const members = hosts.map(etcdMember);
  return {
    version: ETCD_MINOR[minor],
    members,
    initialCluster: members.map((m) => `${m.name}=${m.peerURL}`).join(','),
    clientEndpoints: members.map((m) => m.clientURL),
    clientPort: ETCD_CLIENT_PORT,
    peerPort: ETCD_PEER_PORT,
    dataDir,
  };
}
