// Original file: proto/kdeploy/common/v1/plan.proto

import type { HostPlan as _kdeploy_common_v1_HostPlan, HostPlan__Output as _kdeploy_common_v1_HostPlan__Output } from '../../../kdeploy/common/v1/HostPlan';

/**
 * Plan is the exact set of changes a call would make, per host, computed without touching
 * anything. It is what the dry run shows; applying an applied request plans zero changes.
 */
export interface Plan {
  /**
   * One entry per host the installer acts on, including hosts with no changes.
   */
  'hosts'?: (_kdeploy_common_v1_HostPlan)[];
}

/**
 * Plan is the exact set of changes a call would make, per host, computed without touching
 * anything. It is what the dry run shows; applying an applied request plans zero changes.
 */
export interface Plan__Output {
  /**
   * One entry per host the installer acts on, including hosts with no changes.
   */
  'hosts': (_kdeploy_common_v1_HostPlan__Output)[];
}
