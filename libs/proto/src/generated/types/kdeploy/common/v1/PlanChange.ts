// Original file: proto/kdeploy/common/v1/progress.proto

import type { Change as _kdeploy_common_v1_Change, Change__Output as _kdeploy_common_v1_Change__Output } from '../../../kdeploy/common/v1/Change';

/**
 * PlanChange reports one change of the plan as it is applied.
 */
export interface PlanChange {
  /**
   * Host the change is on.
   */
  'host'?: (string);
  /**
   * The change, as the plan listed it.
   */
  'change'?: (_kdeploy_common_v1_Change | null);
  /**
   * True when the host was changed; false when it already matched.
   */
  'applied'?: (boolean);
}

/**
 * PlanChange reports one change of the plan as it is applied.
 */
export interface PlanChange__Output {
  /**
   * Host the change is on.
   */
  'host': (string);
  /**
   * The change, as the plan listed it.
   */
  'change': (_kdeploy_common_v1_Change__Output | null);
  /**
   * True when the host was changed; false when it already matched.
   */
  'applied': (boolean);
}
