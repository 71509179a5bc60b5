// Original file: proto/kdeploy/common/v1/plan.proto

/**
 * UnitState is the state a systemd unit is brought to.
 */
export const UnitState = {
  /**
   * Never sent.
   */
  UNIT_STATE_UNSPECIFIED: 'UNIT_STATE_UNSPECIFIED',
  /**
   * Enabled and running.
   */
  UNIT_STATE_ENABLED_RUNNING: 'UNIT_STATE_ENABLED_RUNNING',
  /**
   * Stopped and disabled.
   */
  UNIT_STATE_DISABLED_STOPPED: 'UNIT_STATE_DISABLED_STOPPED',
} as const;

/**
 * UnitState is the state a systemd unit is brought to.
 */
export type UnitState =
  /**
   * Never sent.
   */
  | 'UNIT_STATE_UNSPECIFIED'
  | 0
  /**
   * Enabled and running.
   */
  | 'UNIT_STATE_ENABLED_RUNNING'
  | 1
  /**
   * Stopped and disabled.
   */
  | 'UNIT_STATE_DISABLED_STOPPED'
  | 2

/**
 * UnitState is the state a systemd unit is brought to.
 */
export type UnitState__Output = typeof UnitState[keyof typeof UnitState]
