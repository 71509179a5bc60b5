// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * GetServiceAccountKeysRequest asks for the service-account key pair.
 */
export interface GetServiceAccountKeysRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
}

/**
 * GetServiceAccountKeysRequest asks for the service-account key pair.
 */
export interface GetServiceAccountKeysRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
}
