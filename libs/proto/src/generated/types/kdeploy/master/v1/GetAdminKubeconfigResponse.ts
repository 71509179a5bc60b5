// Original file: proto/kdeploy/master/v1/master.proto


/**
 * GetAdminKubeconfigResponse holds the admin kubeconfig.
 */
export interface GetAdminKubeconfigResponse {
  /**
   * SECRET. kubeconfig YAML with an embedded client key.
   */
  'kubeconfig'?: (string);
}

/**
 * GetAdminKubeconfigResponse holds the admin kubeconfig.
 */
export interface GetAdminKubeconfigResponse__Output {
  /**
   * SECRET. kubeconfig YAML with an embedded client key.
   */
  'kubeconfig': (string);
}
