// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Long } from '@grpc/proto-loader';

/**
 * SnapshotChunk is a piece of a streamed snapshot.
 */
export interface SnapshotChunk {
  /**
   * Offset of data in the snapshot file.
   */
  'offset'?: (number | string | Long);
  /**
   * The bytes; at most 1 MiB.
   */
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * SnapshotChunk is a piece of a streamed snapshot.
 */
export interface SnapshotChunk__Output {
  /**
   * Offset of data in the snapshot file.
   */
  'offset': (string);
  /**
   * The bytes; at most 1 MiB.
   */
  'data': (Buffer);
}
