// Original file: proto/kdeploy/common/v1/plan.proto

import type { Change as _kdeploy_common_v1_Change, Change__Output as _kdeploy_common_v1_Change__Output } from '../../../kdeploy/common/v1/Change';

/**
 * HostPlan lists the changes planned on one host, in the order they are applied.
 */
export interface HostPlan {
  /**
   * Host name.
   */
  'host'?: (string);
  /**
   * Changes, in apply order; empty when the host already matches.
   */
  'changes'?: (_kdeploy_common_v1_Change)[];
}

/**
 * HostPlan lists the changes planned on one host, in the order they are applied.
 */
export interface HostPlan__Output {
  /**
   * Host name.
   */
  'host': (string);
  /**
   * Changes, in apply order; empty when the host already matches.
   */
  'changes': (_kdeploy_common_v1_Change__Output)[];
}
