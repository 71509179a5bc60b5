// Original file: proto/kdeploy/pki/v1/pki.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * RevokeResponse confirms a revocation.
 */
export interface RevokeResponse {
  /**
   * When it was revoked (the first time, when revoked already).
   */
  'revokedAt'?: (_google_protobuf_Timestamp | null);
}

/**
 * RevokeResponse confirms a revocation.
 */
export interface RevokeResponse__Output {
  /**
   * When it was revoked (the first time, when revoked already).
   */
  'revokedAt': (_google_protobuf_Timestamp__Output | null);
}
