// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Member is one etcd member as the cluster reports it.
 */
export interface Member {
  /**
   * Member id, hex.
   */
  'id'?: (string);
  /**
   * Member name (the host name).
   */
  'name'?: (string);
  /**
   * Peer URLs.
   */
  'peerUrls'?: (string)[];
  /**
   * Client URLs.
   */
  'clientUrls'?: (string)[];
  /**
   * True when the member answers its health endpoint.
   */
  'healthy'?: (boolean);
  /**
   * True for the leader.
   */
  'leader'?: (boolean);
  /**
   * True for a learner.
   */
  'learner'?: (boolean);
  /**
   * Backend size in bytes.
   */
  'dbSizeBytes'?: (number | string | Long);
  /**
   * etcd server version.
   */
  'version'?: (string);
  /**
   * Raft index the member has applied up to.
   */
  'raftIndex'?: (number | string | Long);
  /**
   * Raft term the member is in.
   */
  'raftTerm'?: (number | string | Long);
  /**
   * Alarms raised on this member, e.g. "NOSPACE", "CORRUPT"; empty when none.
   */
  'alarms'?: (string)[];
  /**
   * Why the member is unhealthy, as etcd said it; empty when healthy.
   */
  'error'?: (string);
}

/**
 * Member is one etcd member as the cluster reports it.
 */
export interface Member__Output {
  /**
   * Member id, hex.
   */
  'id': (string);
  /**
   * Member name (the host name).
   */
  'name': (string);
  /**
   * Peer URLs.
   */
  'peerUrls': (string)[];
  /**
   * Client URLs.
   */
  'clientUrls': (string)[];
  /**
   * True when the member answers its health endpoint.
   */
  'healthy': (boolean);
  /**
   * True for the leader.
   */
  'leader': (boolean);
  /**
   * True for a learner.
   */
  'learner': (boolean);
  /**
   * Backend size in bytes.
   */
  'dbSizeBytes': (string);
  /**
   * etcd server version.
   */
  'version': (string);
  /**
   * Raft index the member has applied up to.
   */
  'raftIndex': (string);
  /**
   * Raft term the member is in.
   */
  'raftTerm': (string);
  /**
   * Alarms raised on this member, e.g. "NOSPACE", "CORRUPT"; empty when none.
   */
  'alarms': (string)[];
  /**
   * Why the member is unhealthy, as etcd said it; empty when healthy.
   */
  'error': (string);
}
