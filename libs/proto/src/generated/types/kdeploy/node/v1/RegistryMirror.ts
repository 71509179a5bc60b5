// Original file: proto/kdeploy/node/v1/node.proto


/**
 * RegistryMirror maps a registry to mirror endpoints.
 */
export interface RegistryMirror {
  /**
   * Registry host, e.g. "docker.io".
   */
  'registry'?: (string);
  /**
   * Mirror URLs, tried in order.
   */
  'endpoints'?: (string)[];
}

/**
 * RegistryMirror maps a registry to mirror endpoints.
 */
export interface RegistryMirror__Output {
  /**
   * Registry host, e.g. "docker.io".
   */
  'registry': (string);
  /**
   * Mirror URLs, tried in order.
   */
  'endpoints': (string)[];
}
