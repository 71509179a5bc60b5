// Original file: proto/kdeploy/common/v1/artifact.proto


/**
 * Artifact pins one binary or archive by name, version, architecture and hash. A file
 * whose hash differs is refused, before and after it is copied to a host.
 */
export interface Artifact {
  /**
   * Name, e.g. "etcd", "kube-apiserver", "cni-plugins".
   */
  'name'?: (string);
  /**
   * Version, e.g. "v3.5.9".
   */
  'version'?: (string);
  /**
   * CPU architecture in Go naming: "amd64", "arm64".
   */
  'arch'?: (string);
  /**
   * Hex sha256 of the file.
   */
  'sha256'?: (string);
  /**
   * Where the file comes from: a path inside the artifact source or an absolute URL.
   */
  'source'?: (string);
}

/**
 * Artifact pins one binary or archive by name, version, architecture and hash. A file
 * whose hash differs is refused, before and after it is copied to a host.
 */
export interface Artifact__Output {
  /**
   * Name, e.g. "etcd", "kube-apiserver", "cni-plugins".
   */
  'name': (string);
  /**
   * Version, e.g. "v3.5.9".
   */
  'version': (string);
  /**
   * CPU architecture in Go naming: "amd64", "arm64".
   */
  'arch': (string);
  /**
   * Hex sha256 of the file.
   */
  'sha256': (string);
  /**
   * Where the file comes from: a path inside the artifact source or an absolute URL.
   */
  'source': (string);
}
