// Original file: proto/kdeploy/node/v1/node.proto


/**
 * HostPreparation is what is done to a host before the components.
 */
export interface HostPreparation {
  /**
   * Turn swap off now and at boot.
   */
  'disableSwap'?: (boolean);
  /**
   * SELinux mode to set: "disabled", "permissive", or empty to leave it.
   */
  'selinux'?: (string);
  /**
   * Extra kernel modules to load beyond overlay and br_netfilter.
   */
  'kernelModules'?: (string)[];
  /**
   * Extra sysctls beyond the bridge and forwarding ones.
   */
  'sysctls'?: ({[key: string]: string});
}

/**
 * HostPreparation is what is done to a host before the components.
 */
export interface HostPreparation__Output {
  /**
   * Turn swap off now and at boot.
   */
  'disableSwap': (boolean);
  /**
   * SELinux mode to set: "disabled", "permissive", or empty to leave it.
   */
  'selinux': (string);
  /**
   * Extra kernel modules to load beyond overlay and br_netfilter.
   */
  'kernelModules': (string)[];
  /**
   * Extra sysctls beyond the bridge and forwarding ones.
   */
  'sysctls': ({[key: string]: string});
}
