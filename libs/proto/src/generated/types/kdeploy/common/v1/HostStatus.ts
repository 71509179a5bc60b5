// Original file: proto/kdeploy/common/v1/status.proto

import type { UnitStatus as _kdeploy_common_v1_UnitStatus, UnitStatus__Output as _kdeploy_common_v1_UnitStatus__Output } from '../../../kdeploy/common/v1/UnitStatus';
import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from '../../../kdeploy/common/v1/ErrorDetail';

/**
 * HostStatus is what an installer found on one host: its units and whether they are healthy.
 */
export interface HostStatus {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * True when the host could be reached and every unit is healthy.
   */
  'healthy'?: (boolean);
  /**
   * The units the installer manages on this host.
   */
  'units'?: (_kdeploy_common_v1_UnitStatus)[];
  /**
   * Why the host is unhealthy or could not be checked; unset when healthy.
   */
  'error'?: (_kdeploy_common_v1_ErrorDetail | null);
}

/**
 * HostStatus is what an installer found on one host: its units and whether they are healthy.
 */
export interface HostStatus__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * True when the host could be reached and every unit is healthy.
   */
  'healthy': (boolean);
  /**
   * The units the installer manages on this host.
   */
  'units': (_kdeploy_common_v1_UnitStatus__Output)[];
  /**
   * Why the host is unhealthy or could not be checked; unset when healthy.
   */
  'error': (_kdeploy_common_v1_ErrorDetail__Output | null);
}
