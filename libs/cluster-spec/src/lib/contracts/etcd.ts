import type { etcdV1 } from '@kdeploy/proto';
import { DerivedEtcd, EtcdMember } from '../derive/etcd';

/** One member as kdeploy.etcd.v1.EtcdMemberSpec carries it. */
export function etcdMemberMessage(m: EtcdMember): etcdV1.EtcdMemberSpec {
  return {
    name: m.name,
    clientUrl: m.clientURL,
    peerUrl: m.peerURL,
    listenClientUrls: m.listenClientURLs,
    listenPeerUrls: m.listenPeerURLs,
    dnsNames: m.sans.dnsNames,
    ipAddresses: m.sans.ipAddresses,
  };
}

/**
 * The derived etcd values as every etcd-installer request carries them: the gateway and any
 * other caller send these, so the installer derives no URL, SAN or version itself.
 */
export function etcdSpecMessage(etcd: DerivedEtcd): etcdV1.EtcdSpec {
  return {
    version: etcd.version,
    dataDir: etcd.dataDir,
    clientPort: etcd.clientPort,
    peerPort: etcd.peerPort,
    members: etcd.members.map(etcdMemberMessage),
    initialCluster: etcd.initialCluster,
  };
}
