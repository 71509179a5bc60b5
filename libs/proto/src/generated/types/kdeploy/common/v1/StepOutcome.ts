// Original file: proto/kdeploy/common/v1/progress.proto

/**
 * StepOutcome is how a step ended on a host.
 */
export const StepOutcome = {
  /**
   * Never sent.
   */
  STEP_OUTCOME_UNSPECIFIED: 'STEP_OUTCOME_UNSPECIFIED',
  /**
   * The step ran and changed something.
   */
  STEP_OUTCOME_CHANGED: 'STEP_OUTCOME_CHANGED',
  /**
   * The step ran and found everything already in place.
   */
  STEP_OUTCOME_UNCHANGED: 'STEP_OUTCOME_UNCHANGED',
  /**
   * The step did not need to run (shouldRun said no).
   */
  STEP_OUTCOME_SKIPPED: 'STEP_OUTCOME_SKIPPED',
  /**
   * The step failed on this host.
   */
  STEP_OUTCOME_FAILED: 'STEP_OUTCOME_FAILED',
  /**
   * The step was stopped because the call was cancelled or ran out of time.
   */
  STEP_OUTCOME_CANCELLED: 'STEP_OUTCOME_CANCELLED',
} as const;

/**
 * StepOutcome is how a step ended on a host.
 */
export type StepOutcome =
  /**
   * Never sent.
   */
  | 'STEP_OUTCOME_UNSPECIFIED'
  | 0
  /**
   * The step ran and changed something.
   */
  | 'STEP_OUTCOME_CHANGED'
  | 1
  /**
   * The step ran and found everything already in place.
   */
  | 'STEP_OUTCOME_UNCHANGED'
  | 2
  /**
   * The step did not need to run (shouldRun said no).
   */
  | 'STEP_OUTCOME_SKIPPED'
  | 3
  /**
   * The step failed on this host.
   */
  | 'STEP_OUTCOME_FAILED'
  | 4
  /**
   * The step was stopped because the call was cancelled or ran out of time.
   */
  | 'STEP_OUTCOME_CANCELLED'
  | 5

/**
 * StepOutcome is how a step ended on a host.
 */
export type StepOutcome__Output = typeof StepOutcome[keyof typeof StepOutcome]
