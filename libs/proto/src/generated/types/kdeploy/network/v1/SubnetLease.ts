// Original file: proto/kdeploy/network/v1/network.proto


/**
 * SubnetLease is the pod subnet a host holds.
 */
export interface SubnetLease {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * The subnet, e.g. "10.244.3.0/24".
   */
  'subnet'?: (string);
  /**
   * The host's public (underlay) address flannel uses.
   */
  'publicIp'?: (string);
}

/**
 * SubnetLease is the pod subnet a host holds.
 */
export interface SubnetLease__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * The subnet, e.g. "10.244.3.0/24".
   */
  'subnet': (string);
  /**
   * The host's public (underlay) address flannel uses.
   */
  'publicIp': (string);
}
