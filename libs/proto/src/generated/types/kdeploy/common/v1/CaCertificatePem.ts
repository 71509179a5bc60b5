// Original file: proto/kdeploy/common/v1/pki_source.proto


/**
 * CaCertificatePem is one CA certificate.
 */
export interface CaCertificatePem {
  /**
   * Which CA: "kubernetes-ca", "etcd-ca" or "front-proxy-ca".
   */
  'name'?: (string);
  /**
   * The certificate, PEM.
   */
  'certificatePem'?: (string);
}

/**
 * CaCertificatePem is one CA certificate.
 */
export interface CaCertificatePem__Output {
  /**
   * Which CA: "kubernetes-ca", "etcd-ca" or "front-proxy-ca".
   */
  'name': (string);
  /**
   * The certificate, PEM.
   */
  'certificatePem': (string);
}
