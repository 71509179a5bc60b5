// Original file: proto/kdeploy/master/v1/master.proto


/**
 * ApplyBootstrapRbacResponse lists what was applied.
 */
export interface ApplyBootstrapRbacResponse {
  /**
   * Objects as "kind/name", e.g. "ClusterRoleBinding/kubelet-bootstrap".
   */
  'objects'?: (string)[];
  /**
   * How many were created or changed; 0 on a re-apply.
   */
  'changed'?: (number);
}

/**
 * ApplyBootstrapRbacResponse lists what was applied.
 */
export interface ApplyBootstrapRbacResponse__Output {
  /**
   * Objects as "kind/name", e.g. "ClusterRoleBinding/kubelet-bootstrap".
   */
  'objects': (string)[];
  /**
   * How many were created or changed; 0 on a re-apply.
   */
  'changed': (number);
}
