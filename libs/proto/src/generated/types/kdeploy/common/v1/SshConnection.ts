// Original file: proto/kdeploy/common/v1/host.proto

import type { HostKeyPins as _kdeploy_common_v1_HostKeyPins, HostKeyPins__Output as _kdeploy_common_v1_HostKeyPins__Output } from '../../../kdeploy/common/v1/HostKeyPins';

/**
 * SshConnection holds credentials and host-key policy for the SSH connections to the hosts.
 * Secret fields are never logged, echoed in an event or error, or put on a remote argv.
 */
export interface SshConnection {
  /**
   * Login user on every host.
   */
  'user'?: (string);
  /**
   * SECRET. Private key in OpenSSH or PEM format; empty when password authentication is used.
   */
  'privateKey'?: (string);
  /**
   * SECRET. Passphrase of private_key, when it is encrypted.
   */
  'passphrase'?: (string);
  /**
   * SECRET. Login password, used only when private_key is empty.
   */
  'password'?: (string);
  /**
   * SECRET. sudo password for a non-root user; sent over stdin to `sudo -S`, never on argv.
   * Empty means passwordless sudo (`sudo -n`) or a root login.
   */
  'sudoPassword'?: (string);
  /**
   * Content of an OpenSSH known_hosts file covering every host.
   */
  'knownHosts'?: (string);
  /**
   * Pinned key fingerprints, one per host.
   */
  'pinned'?: (_kdeploy_common_v1_HostKeyPins | null);
  /**
   * Accept and record an unknown host key on first contact; a recorded key is then pinned.
   * Never overrides a mismatching known key.
   */
  'trustOnFirstUse'?: (boolean);
  /**
   * Time limit for opening one connection, in milliseconds; 0 means the installer's default.
   */
  'connectTimeoutMs'?: (number);
  /**
   * How the hosts' SSH keys are verified. No setting accepts an unverified key.
   */
  'hostKeyVerification'?: "knownHosts"|"pinned";
}

/**
 * SshConnection holds credentials and host-key policy for the SSH connections to the hosts.
 * Secret fields are never logged, echoed in an event or error, or put on a remote argv.
 */
export interface SshConnection__Output {
  /**
   * Login user on every host.
   */
  'user': (string);
  /**
   * SECRET. Private key in OpenSSH or PEM format; empty when password authentication is used.
   */
  'privateKey': (string);
  /**
   * SECRET. Passphrase of private_key, when it is encrypted.
   */
  'passphrase': (string);
  /**
   * SECRET. Login password, used only when private_key is empty.
   */
  'password': (string);
  /**
   * SECRET. sudo password for a non-root user; sent over stdin to `sudo -S`, never on argv.
   * Empty means passwordless sudo (`sudo -n`) or a root login.
   */
  'sudoPassword': (string);
  /**
   * Content of an OpenSSH known_hosts file covering every host.
   */
  'knownHosts'?: (string);
  /**
   * Pinned key fingerprints, one per host.
   */
  'pinned'?: (_kdeploy_common_v1_HostKeyPins__Output | null);
  /**
   * Accept and record an unknown host key on first contact; a recorded key is then pinned.
   * Never overrides a mismatching known key.
   */
  'trustOnFirstUse': (boolean);
  /**
   * Time limit for opening one connection, in milliseconds; 0 means the installer's default.
   */
  'connectTimeoutMs': (number);
  /**
   * How the hosts' SSH keys are verified. No setting accepts an unverified key.
   */
  'hostKeyVerification'?: "knownHosts"|"pinned";
}
