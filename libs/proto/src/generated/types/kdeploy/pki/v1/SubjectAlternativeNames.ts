// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * SubjectAlternativeNames are the SANs asked for; the profile refuses any it does not allow.
 */
export interface SubjectAlternativeNames {
  /**
   * DNS names.
   */
  'dnsNames'?: (string)[];
  /**
   * IPv4 and IPv6 addresses.
   */
  'ipAddresses'?: (string)[];
}

/**
 * SubjectAlternativeNames are the SANs asked for; the profile refuses any it does not allow.
 */
export interface SubjectAlternativeNames__Output {
  /**
   * DNS names.
   */
  'dnsNames': (string)[];
  /**
   * IPv4 and IPv6 addresses.
   */
  'ipAddresses': (string)[];
}
