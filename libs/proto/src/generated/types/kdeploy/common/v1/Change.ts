// Original file: proto/kdeploy/common/v1/plan.proto

import type { ChangeAction as _kdeploy_common_v1_ChangeAction, ChangeAction__Output as _kdeploy_common_v1_ChangeAction__Output } from '../../../kdeploy/common/v1/ChangeAction';
import type { FileChange as _kdeploy_common_v1_FileChange, FileChange__Output as _kdeploy_common_v1_FileChange__Output } from '../../../kdeploy/common/v1/FileChange';
import type { UnitChange as _kdeploy_common_v1_UnitChange, UnitChange__Output as _kdeploy_common_v1_UnitChange__Output } from '../../../kdeploy/common/v1/UnitChange';
import type { CommandChange as _kdeploy_common_v1_CommandChange, CommandChange__Output as _kdeploy_common_v1_CommandChange__Output } from '../../../kdeploy/common/v1/CommandChange';
import type { RestartChange as _kdeploy_common_v1_RestartChange, RestartChange__Output as _kdeploy_common_v1_RestartChange__Output } from '../../../kdeploy/common/v1/RestartChange';

/**
 * Change is one planned change on a host.
 */
export interface Change {
  /**
   * Id of the step that makes the change.
   */
  'stepId'?: (string);
  /**
   * What is done to the target.
   */
  'action'?: (_kdeploy_common_v1_ChangeAction);
  /**
   * Why the change is needed, e.g. "sha256 differs" or "missing".
   */
  'reason'?: (string);
  /**
   * A file written or deleted.
   */
  'file'?: (_kdeploy_common_v1_FileChange | null);
  /**
   * A systemd unit enabled, started, stopped or disabled.
   */
  'unit'?: (_kdeploy_common_v1_UnitChange | null);
  /**
   * A command run for its effect.
   */
  'command'?: (_kdeploy_common_v1_CommandChange | null);
  /**
   * A service restarted because something it reads changed.
   */
  'restart'?: (_kdeploy_common_v1_RestartChange | null);
  /**
   * What the change is about.
   */
  'target'?: "file"|"unit"|"command"|"restart";
}

/**
 * Change is one planned change on a host.
 */
export interface Change__Output {
  /**
   * Id of the step that makes the change.
   */
  'stepId': (string);
  /**
   * What is done to the target.
   */
  'action': (_kdeploy_common_v1_ChangeAction__Output);
  /**
   * Why the change is needed, e.g. "sha256 differs" or "missing".
   */
  'reason': (string);
  /**
   * A file written or deleted.
   */
  'file'?: (_kdeploy_common_v1_FileChange__Output | null);
  /**
   * A systemd unit enabled, started, stopped or disabled.
   */
  'unit'?: (_kdeploy_common_v1_UnitChange__Output | null);
  /**
   * A command run for its effect.
   */
  'command'?: (_kdeploy_common_v1_CommandChange__Output | null);
  /**
   * A service restarted because something it reads changed.
   */
  'restart'?: (_kdeploy_common_v1_RestartChange__Output | null);
  /**
   * What the change is about.
   */
  'target'?: "file"|"unit"|"command"|"restart";
}
