// Original file: proto/kdeploy/etcd/v1/etcd.proto


/**
 * EtcdMemberSpec is one member's derived addresses and certificate names.
 */
export interface EtcdMemberSpec {
  /**
   * Member name: the host's name.
   */
  'name'?: (string);
  /**
   * URL clients use (advertise-client-urls), e.g. "https://[fd00::1]:2379".
   */
  'clientUrl'?: (string);
  /**
   * URL peers use (initial-advertise-peer-urls), e.g. "https://10.0.0.1:2380".
   */
  'peerUrl'?: (string);
  /**
   * URLs etcd listens on for clients: the member's own and loopback.
   */
  'listenClientUrls'?: (string)[];
  /**
   * URLs etcd listens on for peers.
   */
  'listenPeerUrls'?: (string)[];
  /**
   * DNS names the member's server and peer certificates cover.
   */
  'dnsNames'?: (string)[];
  /**
   * IP addresses the member's server and peer certificates cover.
   */
  'ipAddresses'?: (string)[];
}

/**
 * EtcdMemberSpec is one member's derived addresses and certificate names.
 */
export interface EtcdMemberSpec__Output {
  /**
   * Member name: the host's name.
   */
  'name': (string);
  /**
   * URL clients use (advertise-client-urls), e.g. "https://[fd00::1]:2379".
   */
  'clientUrl': (string);
  /**
   * URL peers use (initial-advertise-peer-urls), e.g. "https://10.0.0.1:2380".
   */
  'peerUrl': (string);
  /**
   * URLs etcd listens on for clients: the member's own and loopback.
   */
  'listenClientUrls': (string)[];
  /**
   * URLs etcd listens on for peers.
   */
  'listenPeerUrls': (string)[];
  /**
   * DNS names the member's server and peer certificates cover.
   */
  'dnsNames': (string)[];
  /**
   * IP addresses the member's server and peer certificates cover.
   */
  'ipAddresses': (string)[];
}
