// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type { Plan as _kdeploy_common_v1_Plan, Plan__Output as _kdeploy_common_v1_Plan__Output } from '../../../kdeploy/common/v1/Plan';

/**
 * PlanResponse holds the plan.
 */
export interface PlanResponse {
  /**
   * Per-host changes.
   */
  'plan'?: (_kdeploy_common_v1_Plan | null);
}

/**
 * PlanResponse holds the plan.
 */
export interface PlanResponse__Output {
  /**
   * Per-host changes.
   */
  'plan': (_kdeploy_common_v1_Plan__Output | null);
}
