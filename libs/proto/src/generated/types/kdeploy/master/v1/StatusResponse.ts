// Original file: proto/kdeploy/master/v1/master.proto

import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from '../../../kdeploy/common/v1/HostStatus';

/**
 * StatusResponse is the control plane's state.
 */
export interface StatusResponse {
  /**
   * True when every component on every master is healthy.
   */
  'healthy'?: (boolean);
  /**
   * Units per master.
   */
  'hosts'?: (_kdeploy_common_v1_HostStatus)[];
  /**
   * True when the endpoint answers /readyz.
   */
  'endpointReady'?: (boolean);
}

/**
 * StatusResponse is the control plane's state.
 */
export interface StatusResponse__Output {
  /**
   * True when every component on every master is healthy.
   */
  'healthy': (boolean);
  /**
   * Units per master.
   */
  'hosts': (_kdeploy_common_v1_HostStatus__Output)[];
  /**
   * True when the endpoint answers /readyz.
   */
  'endpointReady': (boolean);
}
