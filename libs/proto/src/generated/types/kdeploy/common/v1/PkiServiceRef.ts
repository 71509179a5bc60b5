// Original file: proto/kdeploy/common/v1/pki_source.proto


/**
 * PkiServiceRef is how to reach pki-service.
 */
export interface PkiServiceRef {
  /**
   * gRPC address, "host:port".
   */
  'address'?: (string);
}

/**
 * PkiServiceRef is how to reach pki-service.
 */
export interface PkiServiceRef__Output {
  /**
   * gRPC address, "host:port".
   */
  'address': (string);
}
