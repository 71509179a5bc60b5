// Original file: proto/kdeploy/master/v1/master.proto


/**
 * ApiserverSans are the subject alternative names of the apiserver serving certificate.
 */
export interface ApiserverSans {
  /**
   * DNS names.
   */
  'dnsNames'?: (string)[];
  /**
   * IP addresses.
   */
  'ipAddresses'?: (string)[];
}

/**
 * ApiserverSans are the subject alternative names of the apiserver serving certificate.
 */
export interface ApiserverSans__Output {
  /**
   * DNS names.
   */
  'dnsNames': (string)[];
  /**
   * IP addresses.
   */
  'ipAddresses': (string)[];
}
