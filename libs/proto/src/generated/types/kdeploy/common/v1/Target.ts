// Original file: proto/kdeploy/common/v1/host.proto

import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from '../../../kdeploy/common/v1/Host';
import type { SshConnection as _kdeploy_common_v1_SshConnection, SshConnection__Output as _kdeploy_common_v1_SshConnection__Output } from '../../../kdeploy/common/v1/SshConnection';

/**
 * Target names the cluster and the hosts an installer call acts on, and how to reach them.
 */
export interface Target {
  /**
   * Cluster id given by the gateway; scopes PKI material and state.
   */
  'clusterId'?: (string);
  /**
   * Hosts of the cluster the call concerns; an installer acts on those with its role.
   */
  'hosts'?: (_kdeploy_common_v1_Host)[];
  /**
   * How to open SSH connections to the hosts. Holds secrets.
   */
  'ssh'?: (_kdeploy_common_v1_SshConnection | null);
  /**
   * Each host records the cluster that owns it. A host owned by another cluster is refused,
   * naming the host and its owner, before anything changes, unless this is true: then this
   * cluster takes the host over and its record is replaced.
   */
  'takeOverHosts'?: (boolean);
}

/**
 * Target names the cluster and the hosts an installer call acts on, and how to reach them.
 */
export interface Target__Output {
  /**
   * Cluster id given by the gateway; scopes PKI material and state.
   */
  'clusterId': (string);
  /**
   * Hosts of the cluster the call concerns; an installer acts on those with its role.
   */
  'hosts': (_kdeploy_common_v1_Host__Output)[];
  /**
   * How to open SSH connections to the hosts. Holds secrets.
   */
  'ssh': (_kdeploy_common_v1_SshConnection__Output | null);
  /**
   * Each host records the cluster that owns it. A host owned by another cluster is refused,
   * naming the host and its owner, before anything changes, unless this is true: then this
   * cluster takes the host over and its record is replaced.
   */
  'takeOverHosts': (boolean);
}
