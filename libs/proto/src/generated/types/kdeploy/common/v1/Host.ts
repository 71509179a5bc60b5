// Original file: proto/kdeploy/common/v1/host.proto

import type { Role as _kdeploy_common_v1_Role, Role__Output as _kdeploy_common_v1_Role__Output } from '../../../kdeploy/common/v1/Role';

/**
 * Host is one target machine of a cluster, reached over SSH.
 */
export interface Host {
  /**
   * Name of the host; also its Kubernetes node name and etcd member name. Lower-case DNS label.
   */
  'name'?: (string);
  /**
   * IPv4 or IPv6 address that cluster traffic (and SSH) uses.
   */
  'address'?: (string);
  /**
   * SSH port; 0 means 22.
   */
  'port'?: (number);
  /**
   * What the host runs; a host may hold several roles.
   */
  'roles'?: (_kdeploy_common_v1_Role)[];
}

/**
 * Host is one target machine of a cluster, reached over SSH.
 */
export interface Host__Output {
  /**
   * Name of the host; also its Kubernetes node name and etcd member name. Lower-case DNS label.
   */
  'name': (string);
  /**
   * IPv4 or IPv6 address that cluster traffic (and SSH) uses.
   */
  'address': (string);
  /**
   * SSH port; 0 means 22.
   */
  'port': (number);
  /**
   * What the host runs; a host may hold several roles.
   */
  'roles': (_kdeploy_common_v1_Role__Output)[];
}
