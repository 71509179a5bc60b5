// Original file: proto/kdeploy/network/v1/network.proto


/**
 * CniSpec configures CNI on every node.
 */
export interface CniSpec {
  /**
   * Config directory; empty means /etc/cni/net.d.
   */
  'confDir'?: (string);
  /**
   * Plugin binaries directory; empty means /opt/cni/bin.
   */
  'binDir'?: (string);
  /**
   * Network name in the conflist; empty means "cbr0".
   */
  'networkName'?: (string);
  /**
   * CNI plugins version, e.g. "v1.3.0"; the artifact source must pin it.
   */
  'pluginsVersion'?: (string);
  /**
   * MTU; 0 means flannel's choice.
   */
  'mtu'?: (number);
}

/**
 * CniSpec configures CNI on every node.
 */
export interface CniSpec__Output {
  /**
   * Config directory; empty means /etc/cni/net.d.
   */
  'confDir': (string);
  /**
   * Plugin binaries directory; empty means /opt/cni/bin.
   */
  'binDir': (string);
  /**
   * Network name in the conflist; empty means "cbr0".
   */
  'networkName': (string);
  /**
   * CNI plugins version, e.g. "v1.3.0"; the artifact source must pin it.
   */
  'pluginsVersion': (string);
  /**
   * MTU; 0 means flannel's choice.
   */
  'mtu': (number);
}
