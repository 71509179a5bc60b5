// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * GetSecretsEncryptionKeyRequest asks for the cluster's Secrets encryption key.
 */
export interface GetSecretsEncryptionKeyRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
}

/**
 * GetSecretsEncryptionKeyRequest asks for the cluster's Secrets encryption key.
 */
export interface GetSecretsEncryptionKeyRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
}
