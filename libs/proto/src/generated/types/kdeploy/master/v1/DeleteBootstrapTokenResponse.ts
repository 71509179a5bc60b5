// Original file: proto/kdeploy/master/v1/master.proto


/**
 * DeleteBootstrapTokenResponse confirms a deletion.
 */
export interface DeleteBootstrapTokenResponse {
  /**
   * False when the token did not exist (already deleted or expired).
   */
  'deleted'?: (boolean);
}

/**
 * DeleteBootstrapTokenResponse confirms a deletion.
 */
export interface DeleteBootstrapTokenResponse__Output {
  /**
   * False when the token did not exist (already deleted or expired).
   */
  'deleted': (boolean);
}
