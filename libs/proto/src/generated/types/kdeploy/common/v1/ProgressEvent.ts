// Original file: proto/kdeploy/common/v1/progress.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { StepStarted as _kdeploy_common_v1_StepStarted, StepStarted__Output as _kdeploy_common_v1_StepStarted__Output } from '../../../kdeploy/common/v1/StepStarted';
import type { StepFinished as _kdeploy_common_v1_StepFinished, StepFinished__Output as _kdeploy_common_v1_StepFinished__Output } from '../../../kdeploy/common/v1/StepFinished';
import type { LogLine as _kdeploy_common_v1_LogLine, LogLine__Output as _kdeploy_common_v1_LogLine__Output } from '../../../kdeploy/common/v1/LogLine';
import type { PlanChange as _kdeploy_common_v1_PlanChange, PlanChange__Output as _kdeploy_common_v1_PlanChange__Output } from '../../../kdeploy/common/v1/PlanChange';
import type { Result as _kdeploy_common_v1_Result, Result__Output as _kdeploy_common_v1_Result__Output } from '../../../kdeploy/common/v1/Result';

/**
 * ProgressEvent is one numbered event of a long-running call (Apply, Remove, ...). Events map
 * one to one onto SSE id/event/data at the gateway. A stream ends with exactly one `result`.
 */
export interface ProgressEvent {
  /**
   * Position in this call's stream, starting at 1 and increasing by 1 with no gaps, so a
   * receiver detects a lost event. uint32 (not 64-bit) keeps it a JS number.
   */
  'sequence'?: (number);
  /**
   * When the event happened, by the installer's clock.
   */
  'time'?: (_google_protobuf_Timestamp | null);
  /**
   * A step began on a host.
   */
  'stepStarted'?: (_kdeploy_common_v1_StepStarted | null);
  /**
   * A step ended on a host.
   */
  'stepFinished'?: (_kdeploy_common_v1_StepFinished | null);
  /**
   * A line of output worth showing; never holds secrets.
   */
  'log'?: (_kdeploy_common_v1_LogLine | null);
  /**
   * A planned change was applied (or found already in place) on a host.
   */
  'planChange'?: (_kdeploy_common_v1_PlanChange | null);
  /**
   * The call's outcome; always the last event.
   */
  'result'?: (_kdeploy_common_v1_Result | null);
  /**
   * What happened.
   */
  'event'?: "stepStarted"|"stepFinished"|"log"|"planChange"|"result";
}

/**
 * ProgressEvent is one numbered event of a long-running call (Apply, Remove, ...). Events map
 * one to one onto SSE id/event/data at the gateway. A stream ends with exactly one `result`.
 */
export interface ProgressEvent__Output {
  /**
   * Position in this call's stream, starting at 1 and increasing by 1 with no gaps, so a
   * receiver detects a lost event. uint32 (not 64-bit) keeps it a JS number.
   */
  'sequence': (number);
  /**
   * When the event happened, by the installer's clock.
   */
  'time': (_google_protobuf_Timestamp__Output | null);
  /**
   * A step began on a host.
   */
  'stepStarted'?: (_kdeploy_common_v1_StepStarted__Output | null);
  /**
   * A step ended on a host.
   */
  'stepFinished'?: (_kdeploy_common_v1_StepFinished__Output | null);
  /**
   * A line of output worth showing; never holds secrets.
   */
  'log'?: (_kdeploy_common_v1_LogLine__Output | null);
  /**
   * A planned change was applied (or found already in place) on a host.
   */
  'planChange'?: (_kdeploy_common_v1_PlanChange__Output | null);
  /**
   * The call's outcome; always the last event.
   */
  'result'?: (_kdeploy_common_v1_Result__Output | null);
  /**
   * What happened.
   */
  'event'?: "stepStarted"|"stepFinished"|"log"|"planChange"|"result";
}
