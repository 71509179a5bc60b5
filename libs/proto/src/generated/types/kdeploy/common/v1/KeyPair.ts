// Original file: proto/kdeploy/common/v1/pki_source.proto


/**
 * KeyPair is a leaf certificate with its private key.
 */
export interface KeyPair {
  /**
   * Profile name it was issued for, e.g. "etcd-server", "admin" (pki.v1 profile in kebab case).
   */
  'profile'?: (string);
  /**
   * Host it belongs to; empty for a shared identity.
   */
  'host'?: (string);
  /**
   * The certificate, PEM, followed by intermediates when any.
   */
  'certificatePem'?: (string);
  /**
   * SECRET. The private key, PEM.
   */
  'keyPem'?: (string);
}

/**
 * KeyPair is a leaf certificate with its private key.
 */
export interface KeyPair__Output {
  /**
   * Profile name it was issued for, e.g. "etcd-server", "admin" (pki.v1 profile in kebab case).
   */
  'profile': (string);
  /**
   * Host it belongs to; empty for a shared identity.
   */
  'host': (string);
  /**
   * The certificate, PEM, followed by intermediates when any.
   */
  'certificatePem': (string);
  /**
   * SECRET. The private key, PEM.
   */
  'keyPem': (string);
}
