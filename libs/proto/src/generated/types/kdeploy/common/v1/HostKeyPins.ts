// Original file: proto/kdeploy/common/v1/host.proto

import type { HostKeyPin as _kdeploy_common_v1_HostKeyPin, HostKeyPin__Output as _kdeploy_common_v1_HostKeyPin__Output } from '../../../kdeploy/common/v1/HostKeyPin';

/**
 * HostKeyPins is a list of pinned SSH host-key fingerprints.
 */
export interface HostKeyPins {
  /**
   * One pin per host.
   */
  'pins'?: (_kdeploy_common_v1_HostKeyPin)[];
}

/**
 * HostKeyPins is a list of pinned SSH host-key fingerprints.
 */
export interface HostKeyPins__Output {
  /**
   * One pin per host.
   */
  'pins': (_kdeploy_common_v1_HostKeyPin__Output)[];
}
