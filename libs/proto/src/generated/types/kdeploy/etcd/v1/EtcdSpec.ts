// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { EtcdMemberSpec as _kdeploy_etcd_v1_EtcdMemberSpec, EtcdMemberSpec__Output as _kdeploy_etcd_v1_EtcdMemberSpec__Output } from '../../../kdeploy/etcd/v1/EtcdMemberSpec';
import type { Long } from '@grpc/proto-loader';

/**
 * EtcdSpec is the part of the cluster spec etcd needs.
 */
export interface EtcdSpec {
  /**
   * etcd version or minor, e.g. "3.7" (the minor the cluster's Kubernetes minor is released
   * with); it picks the installer's version table, and the artifact source must hold a
   * release of it. Empty means the installer's newest table and any release.
   */
  'version'?: (string);
  /**
   * Data directory; created 0700. Empty means /var/lib/etcd.
   */
  'dataDir'?: (string);
  /**
   * Client port; 0 means 2379.
   */
  'clientPort'?: (number);
  /**
   * Peer port; 0 means 2380.
   */
  'peerPort'?: (number);
  /**
   * Backend quota in bytes; 0 means etcd's default.
   */
  'quotaBackendBytes'?: (number | string | Long);
  /**
   * Raft heartbeat interval in ms; 0 means etcd's default.
   */
  'heartbeatIntervalMs'?: (number);
  /**
   * Raft election timeout in ms; 0 means etcd's default.
   */
  'electionTimeoutMs'?: (number);
  /**
   * Auto-compaction retention, e.g. "1h"; empty means etcd's default.
   */
  'autoCompactionRetention'?: (string);
  /**
   * Every member's URLs and certificate names, as the cluster spec derives them (one entry per
   * etcd host of the call, and one for an AddMember's new host). The installer takes them as
   * they are and derives none of them itself.
   */
  'members'?: (_kdeploy_etcd_v1_EtcdMemberSpec)[];
  /**
   * --initial-cluster of the members bootstrapping together: name=peer URL, comma-separated.
   */
  'initialCluster'?: (string);
  /**
   * The key prefix flanneld keeps its network config and leases under: the only keys the etcd
   * user "flannel" (its client certificate's CN) may read and write once the installer has
   * enabled etcd's auth. Empty means /coreos.com/network, flannel's default.
   */
  'flannelPrefix'?: (string);
}

/**
 * EtcdSpec is the part of the cluster spec etcd needs.
 */
export interface EtcdSpec__Output {
  /**
   * etcd version or minor, e.g. "3.7" (the minor the cluster's Kubernetes minor is released
   * with); it picks the installer's version table, and the artifact source must hold a
   * release of it. Empty means the installer's newest table and any release.
   */
  'version': (string);
  /**
   * Data directory; created 0700. Empty means /var/lib/etcd.
   */
  'dataDir': (string);
  /**
   * Client port; 0 means 2379.
   */
  'clientPort': (number);
  /**
   * Peer port; 0 means 2380.
   */
  'peerPort': (number);
  /**
   * Backend quota in bytes; 0 means etcd's default.
   */
  'quotaBackendBytes': (string);
  /**
   * Raft heartbeat interval in ms; 0 means etcd's default.
   */
  'heartbeatIntervalMs': (number);
  /**
   * Raft election timeout in ms; 0 means etcd's default.
   */
  'electionTimeoutMs': (number);
  /**
   * Auto-compaction retention, e.g. "1h"; empty means etcd's default.
   */
  'autoCompactionRetention': (string);
  /**
   * Every member's URLs and certificate names, as the cluster spec derives them (one entry per
   * etcd host of the call, and one for an AddMember's new host). The installer takes them as
   * they are and derives none of them itself.
   */
  'members': (_kdeploy_etcd_v1_EtcdMemberSpec__Output)[];
  /**
   * --initial-cluster of the members bootstrapping together: name=peer URL, comma-separated.
   */
  'initialCluster': (string);
  /**
   * The key prefix flanneld keeps its network config and leases under: the only keys the etcd
   * user "flannel" (its client certificate's CN) may read and write once the installer has
   * enabled etcd's auth. Empty means /coreos.com/network, flannel's default.
   */
  'flannelPrefix': (string);
}
