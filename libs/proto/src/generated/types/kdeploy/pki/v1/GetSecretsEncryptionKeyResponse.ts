// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * GetSecretsEncryptionKeyResponse holds the Secrets encryption key.
 */
export interface GetSecretsEncryptionKeyResponse {
  /**
   * SECRET. Base64 of 32 random bytes (secretbox, or AES-256 for aescbc).
   */
  'key'?: (string);
}

/**
 * GetSecretsEncryptionKeyResponse holds the Secrets encryption key.
 */
export interface GetSecretsEncryptionKeyResponse__Output {
  /**
   * SECRET. Base64 of 32 random bytes (secretbox, or AES-256 for aescbc).
   */
  'key': (string);
}
