// Original file: proto/kdeploy/network/v1/network.proto


/**
 * NodeNetwork is one node's part of the pod network, as flanneld wrote it on the host.
 */
export interface NodeNetwork {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * The pod subnet leased to it, e.g. "10.244.3.0/24"; empty when it holds none.
   */
  'subnet'?: (string);
  /**
   * The backend flanneld runs ("vxlan", "host-gw").
   */
  'backend'?: (string);
  /**
   * The pod interface MTU flanneld chose.
   */
  'mtu'?: (number);
  /**
   * The flannel interface ("flannel.1" for VXLAN; the host's own for host-gw).
   */
  'interface'?: (string);
  /**
   * True when that interface is up.
   */
  'interfaceUp'?: (boolean);
}

/**
 * NodeNetwork is one node's part of the pod network, as flanneld wrote it on the host.
 */
export interface NodeNetwork__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * The pod subnet leased to it, e.g. "10.244.3.0/24"; empty when it holds none.
   */
  'subnet': (string);
  /**
   * The backend flanneld runs ("vxlan", "host-gw").
   */
  'backend': (string);
  /**
   * The pod interface MTU flanneld chose.
   */
  'mtu': (number);
  /**
   * The flannel interface ("flannel.1" for VXLAN; the host's own for host-gw).
   */
  'interface': (string);
  /**
   * True when that interface is up.
   */
  'interfaceUp': (boolean);
}
