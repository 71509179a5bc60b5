// Original file: proto/kdeploy/etcd/v1/etcd.proto


/**
 * HostFile is a file on one host.
 */
export interface HostFile {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * Absolute path.
   */
  'path'?: (string);
}

/**
 * HostFile is a file on one host.
 */
export interface HostFile__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * Absolute path.
   */
  'path': (string);
}
