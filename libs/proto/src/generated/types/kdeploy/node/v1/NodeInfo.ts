// Original file: proto/kdeploy/node/v1/node.proto


/**
 * NodeInfo is a Node as the apiserver reports it.
 */
export interface NodeInfo {
  /**
   * Node name.
   */
  'name'?: (string);
  /**
   * True when the Ready condition is True.
   */
  'ready'?: (boolean);
  /**
   * True when cordoned.
   */
  'unschedulable'?: (boolean);
  /**
   * kubelet version.
   */
  'kubeletVersion'?: (string);
  /**
   * Pod CIDR assigned to the node.
   */
  'podCidr'?: (string);
}

/**
 * NodeInfo is a Node as the apiserver reports it.
 */
export interface NodeInfo__Output {
  /**
   * Node name.
   */
  'name': (string);
  /**
   * True when the Ready condition is True.
   */
  'ready': (boolean);
  /**
   * True when cordoned.
   */
  'unschedulable': (boolean);
  /**
   * kubelet version.
   */
  'kubeletVersion': (string);
  /**
   * Pod CIDR assigned to the node.
   */
  'podCidr': (string);
}
