// Original file: proto/kdeploy/common/v1/plan.proto

import type { UnitState as _kdeploy_common_v1_UnitState, UnitState__Output as _kdeploy_common_v1_UnitState__Output } from '../../../kdeploy/common/v1/UnitState';

/**
 * UnitChange is a change to a systemd unit's state (its unit file is a FileChange).
 */
export interface UnitChange {
  /**
   * Unit name, e.g. "etcd.service".
   */
  'unit'?: (string);
  /**
   * Desired state.
   */
  'state'?: (_kdeploy_common_v1_UnitState);
}

/**
 * UnitChange is a change to a systemd unit's state (its unit file is a FileChange).
 */
export interface UnitChange__Output {
  /**
   * Unit name, e.g. "etcd.service".
   */
  'unit': (string);
  /**
   * Desired state.
   */
  'state': (_kdeploy_common_v1_UnitState__Output);
}
