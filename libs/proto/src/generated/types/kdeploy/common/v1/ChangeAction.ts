// Original file: proto/kdeploy/common/v1/plan.proto

/**
 * ChangeAction is what a change does to its target.
 */
export const ChangeAction = {
  /**
   * Never sent.
   */
  CHANGE_ACTION_UNSPECIFIED: 'CHANGE_ACTION_UNSPECIFIED',
  /**
   * The target does not exist and is created.
   */
  CHANGE_ACTION_CREATE: 'CHANGE_ACTION_CREATE',
  /**
   * The target exists and differs; it is updated.
   */
  CHANGE_ACTION_UPDATE: 'CHANGE_ACTION_UPDATE',
  /**
   * The target exists and is removed.
   */
  CHANGE_ACTION_DELETE: 'CHANGE_ACTION_DELETE',
  /**
   * A command or restart that is run.
   */
  CHANGE_ACTION_RUN: 'CHANGE_ACTION_RUN',
} as const;

/**
 * ChangeAction is what a change does to its target.
 */
export type ChangeAction =
  /**
   * Never sent.
   */
  | 'CHANGE_ACTION_UNSPECIFIED'
  | 0
  /**
   * The target does not exist and is created.
   */
  | 'CHANGE_ACTION_CREATE'
  | 1
  /**
   * The target exists and differs; it is updated.
   */
  | 'CHANGE_ACTION_UPDATE'
  | 2
  /**
   * The target exists and is removed.
   */
  | 'CHANGE_ACTION_DELETE'
  | 3
  /**
   * A command or restart that is run.
   */
  | 'CHANGE_ACTION_RUN'
  | 4

/**
 * ChangeAction is what a change does to its target.
 */
export type ChangeAction__Output = typeof ChangeAction[keyof typeof ChangeAction]
