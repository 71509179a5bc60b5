// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Long } from '@grpc/proto-loader';

/**
 * SnapshotInfo describes a verified snapshot.
 */
export interface SnapshotInfo {
  /**
   * Member it was taken from.
   */
  'memberName'?: (string);
  /**
   * Path on that member's host; empty when streamed.
   */
  'hostPath'?: (string);
  /**
   * Hex sha256 of the file.
   */
  'sha256'?: (string);
  /**
   * Size in bytes.
   */
  'sizeBytes'?: (number | string | Long);
  /**
   * etcd revision at the snapshot.
   */
  'revision'?: (number | string | Long);
}

/**
 * SnapshotInfo describes a verified snapshot.
 */
export interface SnapshotInfo__Output {
  /**
   * Member it was taken from.
   */
  'memberName': (string);
  /**
   * Path on that member's host; empty when streamed.
   */
  'hostPath': (string);
  /**
   * Hex sha256 of the file.
   */
  'sha256': (string);
  /**
   * Size in bytes.
   */
  'sizeBytes': (string);
  /**
   * etcd revision at the snapshot.
   */
  'revision': (string);
}
