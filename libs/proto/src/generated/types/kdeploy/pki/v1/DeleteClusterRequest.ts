// Original file: proto/kdeploy/pki/v1/pki.proto


/**
 * DeleteClusterRequest names the cluster whose PKI goes.
 */
export interface DeleteClusterRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
}

/**
 * DeleteClusterRequest names the cluster whose PKI goes.
 */
export interface DeleteClusterRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
}
