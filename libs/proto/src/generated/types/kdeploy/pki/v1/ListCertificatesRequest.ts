// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * ListCertificatesRequest asks for the expiry report.
 */
export interface ListCertificatesRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Only certificates expiring within this many days; 0 means all.
   */
  'expiringWithinDays'?: (number);
  /**
   * Include revoked certificates.
   */
  'includeRevoked'?: (boolean);
}

/**
 * ListCertificatesRequest asks for the expiry report.
 */
export interface ListCertificatesRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Only certificates expiring within this many days; 0 means all.
   */
  'expiringWithinDays': (number);
  /**
   * Include revoked certificates.
   */
  'includeRevoked': (boolean);
}
