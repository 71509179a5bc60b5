// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Long } from '@grpc/proto-loader';

/**
 * EtcdSpec is the part of the cluster spec etcd needs.
 */
export interface EtcdSpec {
  /**
   * etcd version, e.g. "v3.5.9"; the artifact source must pin it.
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
}

/**
 * EtcdSpec is the part of the cluster spec etcd needs.
 */
export interface EtcdSpec__Output {
  /**
   * etcd version, e.g. "v3.5.9"; the artifact source must pin it.
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
}
