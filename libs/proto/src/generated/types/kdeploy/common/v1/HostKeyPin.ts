// Original file: proto/kdeploy/common/v1/host.proto


/**
 * HostKeyPin pins the SSH host key of one host.
 */
export interface HostKeyPin {
  /**
   * Host name, as in Host.name.
   */
  'host'?: (string);
  /**
   * Fingerprint as OpenSSH prints it, e.g. "SHA256:Nh0Me49...".
   */
  'fingerprint'?: (string);
}

/**
 * HostKeyPin pins the SSH host key of one host.
 */
export interface HostKeyPin__Output {
  /**
   * Host name, as in Host.name.
   */
  'host': (string);
  /**
   * Fingerprint as OpenSSH prints it, e.g. "SHA256:Nh0Me49...".
   */
  'fingerprint': (string);
}
