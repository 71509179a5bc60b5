// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * RenewRequest asks to renew a certificate.
 */
export interface RenewRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Serial number of the certificate to renew.
   */
  'serialNumber'?: (string);
  /**
   * New validity in days; 0 means the profile's.
   */
  'validityDays'?: (number);
}

/**
 * RenewRequest asks to renew a certificate.
 */
export interface RenewRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Serial number of the certificate to renew.
   */
  'serialNumber': (string);
  /**
   * New validity in days; 0 means the profile's.
   */
  'validityDays': (number);
}
