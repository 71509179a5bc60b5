// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * DeleteClusterResponse says whether there was anything to delete.
 */
export interface DeleteClusterResponse {
  /**
   * False when the cluster had no PKI (deleting twice is not an error).
   */
  'deleted'?: (boolean);
}

/**
 * DeleteClusterResponse says whether there was anything to delete.
 */
export interface DeleteClusterResponse__Output {
  /**
   * False when the cluster had no PKI (deleting twice is not an error).
   */
  'deleted': (boolean);
}
