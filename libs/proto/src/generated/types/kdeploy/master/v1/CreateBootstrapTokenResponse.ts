// Original file: proto/kdeploy/master/v1/master.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * CreateBootstrapTokenResponse returns the token.
 */
export interface CreateBootstrapTokenResponse {
  /**
   * Public token id (6 characters); safe to log.
   */
  'tokenId'?: (string);
  /**
   * SECRET. The whole token "id.secret".
   */
  'token'?: (string);
  /**
   * When it expires.
   */
  'expiresAt'?: (_google_protobuf_Timestamp | null);
}

/**
 * CreateBootstrapTokenResponse returns the token.
 */
export interface CreateBootstrapTokenResponse__Output {
  /**
   * Public token id (6 characters); safe to log.
   */
  'tokenId': (string);
  /**
   * SECRET. The whole token "id.secret".
   */
  'token': (string);
  /**
   * When it expires.
   */
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
}
