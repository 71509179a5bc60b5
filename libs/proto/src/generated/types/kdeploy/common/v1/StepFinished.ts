// Original file: proto/kdeploy/common/v1/progress.proto

import type { StepOutcome as _kdeploy_common_v1_StepOutcome, StepOutcome__Output as _kdeploy_common_v1_StepOutcome__Output } from '../../../kdeploy/common/v1/StepOutcome';
import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from '../../../kdeploy/common/v1/ErrorDetail';

/**
 * StepFinished marks the end of one step on one host.
 */
export interface StepFinished {
  /**
   * Stable id of the step, as in StepStarted.
   */
  'stepId'?: (string);
  /**
   * Human title of the step.
   */
  'title'?: (string);
  /**
   * Host the step ran on; empty for a cluster-wide step.
   */
  'host'?: (string);
  /**
   * How the step ended.
   */
  'outcome'?: (_kdeploy_common_v1_StepOutcome);
  /**
   * Wall time of the step in milliseconds.
   */
  'durationMs'?: (number);
  /**
   * Why it failed; set only when outcome is STEP_OUTCOME_FAILED.
   */
  'error'?: (_kdeploy_common_v1_ErrorDetail | null);
}

/**
 * StepFinished marks the end of one step on one host.
 */
export interface StepFinished__Output {
  /**
   * Stable id of the step, as in StepStarted.
   */
  'stepId': (string);
  /**
   * Human title of the step.
   */
  'title': (string);
  /**
   * Host the step ran on; empty for a cluster-wide step.
   */
  'host': (string);
  /**
   * How the step ended.
   */
  'outcome': (_kdeploy_common_v1_StepOutcome__Output);
  /**
   * Wall time of the step in milliseconds.
   */
  'durationMs': (number);
  /**
   * Why it failed; set only when outcome is STEP_OUTCOME_FAILED.
   */
  'error': (_kdeploy_common_v1_ErrorDetail__Output | null);
}
