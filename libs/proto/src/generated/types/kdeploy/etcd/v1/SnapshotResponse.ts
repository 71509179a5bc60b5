// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from '../../../kdeploy/common/v1/ProgressEvent';
import type { SnapshotChunk as _kdeploy_etcd_v1_SnapshotChunk, SnapshotChunk__Output as _kdeploy_etcd_v1_SnapshotChunk__Output } from '../../../kdeploy/etcd/v1/SnapshotChunk';
import type { SnapshotInfo as _kdeploy_etcd_v1_SnapshotInfo, SnapshotInfo__Output as _kdeploy_etcd_v1_SnapshotInfo__Output } from '../../../kdeploy/etcd/v1/SnapshotInfo';

/**
 * SnapshotResponse is a progress event, a chunk of the snapshot, or its summary.
 */
export interface SnapshotResponse {
  /**
   * A progress event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent | null);
  /**
   * Bytes of the snapshot, in order (only when streaming).
   */
  'chunk'?: (_kdeploy_etcd_v1_SnapshotChunk | null);
  /**
   * The verified snapshot, sent once before the final result.
   */
  'info'?: (_kdeploy_etcd_v1_SnapshotInfo | null);
  /**
   * One of the three.
   */
  'payload'?: "event"|"chunk"|"info";
}

/**
 * SnapshotResponse is a progress event, a chunk of the snapshot, or its summary.
 */
export interface SnapshotResponse__Output {
  /**
   * A progress event.
   */
  'event'?: (_kdeploy_common_v1_ProgressEvent__Output | null);
  /**
   * Bytes of the snapshot, in order (only when streaming).
   */
  'chunk'?: (_kdeploy_etcd_v1_SnapshotChunk__Output | null);
  /**
   * The verified snapshot, sent once before the final result.
   */
  'info'?: (_kdeploy_etcd_v1_SnapshotInfo__Output | null);
  /**
   * One of the three.
   */
  'payload'?: "event"|"chunk"|"info";
}
