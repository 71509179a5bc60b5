// Original file: proto/kdeploy/node/v1/node.proto


/**
 * DockerSettings is what /etc/docker/daemon.json holds beyond the mirrors and insecure registries.
 */
export interface DockerSettings {
  /**
   * Storage driver, e.g. "overlay2" (the default).
   */
  'storageDriver'?: (string);
  /**
   * Container log rotation of the json-file log driver: the size a log file grows to, e.g. "100m" (the default).
   */
  'logMaxSize'?: (string);
  /**
   * Container log rotation: how many files a container's log keeps; 0 means 3.
   */
  'logMaxFiles'?: (number);
}

/**
 * DockerSettings is what /etc/docker/daemon.json holds beyond the mirrors and insecure registries.
 */
export interface DockerSettings__Output {
  /**
   * Storage driver, e.g. "overlay2" (the default).
   */
  'storageDriver': (string);
  /**
   * Container log rotation of the json-file log driver: the size a log file grows to, e.g. "100m" (the default).
   */
  'logMaxSize': (string);
  /**
   * Container log rotation: how many files a container's log keeps; 0 means 3.
   */
  'logMaxFiles': (number);
}
