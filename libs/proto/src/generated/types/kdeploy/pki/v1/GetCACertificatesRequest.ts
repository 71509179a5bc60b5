// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * GetCACertificatesRequest asks for a cluster's CA certificates.
 */
export interface GetCACertificatesRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
}

/**
 * GetCACertificatesRequest asks for a cluster's CA certificates.
 */
export interface GetCACertificatesRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
}
