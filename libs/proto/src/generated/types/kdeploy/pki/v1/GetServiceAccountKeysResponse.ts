// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * GetServiceAccountKeysResponse holds the service-account key pair (not a CA key).
 */
export interface GetServiceAccountKeysResponse {
  /**
   * Public key, PEM (apiserver --service-account-key-file).
   */
  'publicKeyPem'?: (string);
  /**
   * SECRET. Private key, PEM (--service-account-signing-key-file, controller-manager
   * --service-account-private-key-file).
   */
  'keyPem'?: (string);
}

/**
 * GetServiceAccountKeysResponse holds the service-account key pair (not a CA key).
 */
export interface GetServiceAccountKeysResponse__Output {
  /**
   * Public key, PEM (apiserver --service-account-key-file).
   */
  'publicKeyPem': (string);
  /**
   * SECRET. Private key, PEM (--service-account-signing-key-file, controller-manager
   * --service-account-private-key-file).
   */
  'keyPem': (string);
}
