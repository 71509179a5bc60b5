// Original file: proto/kdeploy/common/v1/plan.proto


/**
 * RestartChange is a restart of a running service.
 */
export interface RestartChange {
  /**
   * Unit name, e.g. "kube-apiserver.service".
   */
  'unit'?: (string);
  /**
   * What changed that the service reads, e.g. "/etc/kubernetes/apiserver.yaml".
   */
  'cause'?: (string);
}

/**
 * RestartChange is a restart of a running service.
 */
export interface RestartChange__Output {
  /**
   * Unit name, e.g. "kube-apiserver.service".
   */
  'unit': (string);
  /**
   * What changed that the service reads, e.g. "/etc/kubernetes/apiserver.yaml".
   */
  'cause': (string);
}
