// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * RevokeRequest asks to revoke a certificate.
 */
export interface RevokeRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Serial number of the certificate.
   */
  'serialNumber'?: (string);
  /**
   * Why, for the record (e.g. "node removed").
   */
  'reason'?: (string);
}

/**
 * RevokeRequest asks to revoke a certificate.
 */
export interface RevokeRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Serial number of the certificate.
   */
  'serialNumber': (string);
  /**
   * Why, for the record (e.g. "node removed").
   */
  'reason': (string);
}
