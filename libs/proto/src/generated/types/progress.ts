import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Change as _kdeploy_common_v1_Change, Change__Output as _kdeploy_common_v1_Change__Output } from './kdeploy/common/v1/Change';
import type { CommandChange as _kdeploy_common_v1_CommandChange, CommandChange__Output as _kdeploy_common_v1_CommandChange__Output } from './kdeploy/common/v1/CommandChange';
import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from './kdeploy/common/v1/ErrorDetail';
import type { FileChange as _kdeploy_common_v1_FileChange, FileChange__Output as _kdeploy_common_v1_FileChange__Output } from './kdeploy/common/v1/FileChange';
import type { HostError as _kdeploy_common_v1_HostError, HostError__Output as _kdeploy_common_v1_HostError__Output } from './kdeploy/common/v1/HostError';
import type { HostPlan as _kdeploy_common_v1_HostPlan, HostPlan__Output as _kdeploy_common_v1_HostPlan__Output } from './kdeploy/common/v1/HostPlan';
import type { LogLine as _kdeploy_common_v1_LogLine, LogLine__Output as _kdeploy_common_v1_LogLine__Output } from './kdeploy/common/v1/LogLine';
import type { Plan as _kdeploy_common_v1_Plan, Plan__Output as _kdeploy_common_v1_Plan__Output } from './kdeploy/common/v1/Plan';
import type { PlanChange as _kdeploy_common_v1_PlanChange, PlanChange__Output as _kdeploy_common_v1_PlanChange__Output } from './kdeploy/common/v1/PlanChange';
import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from './kdeploy/common/v1/ProgressEvent';
import type { RestartChange as _kdeploy_common_v1_RestartChange, RestartChange__Output as _kdeploy_common_v1_RestartChange__Output } from './kdeploy/common/v1/RestartChange';
import type { Result as _kdeploy_common_v1_Result, Result__Output as _kdeploy_common_v1_Result__Output } from './kdeploy/common/v1/Result';
import type { StepFinished as _kdeploy_common_v1_StepFinished, StepFinished__Output as _kdeploy_common_v1_StepFinished__Output } from './kdeploy/common/v1/StepFinished';
import type { StepStarted as _kdeploy_common_v1_StepStarted, StepStarted__Output as _kdeploy_common_v1_StepStarted__Output } from './kdeploy/common/v1/StepStarted';
import type { UnitChange as _kdeploy_common_v1_UnitChange, UnitChange__Output as _kdeploy_common_v1_UnitChange__Output } from './kdeploy/common/v1/UnitChange';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  kdeploy: {
    common: {
      v1: {
        Change: MessageTypeDefinition<_kdeploy_common_v1_Change, _kdeploy_common_v1_Change__Output>
        ChangeAction: EnumTypeDefinition
        CommandChange: MessageTypeDefinition<_kdeploy_common_v1_CommandChange, _kdeploy_common_v1_CommandChange__Output>
        ErrorCode: EnumTypeDefinition
        ErrorDetail: MessageTypeDefinition<_kdeploy_common_v1_ErrorDetail, _kdeploy_common_v1_ErrorDetail__Output>
        FileChange: MessageTypeDefinition<_kdeploy_common_v1_FileChange, _kdeploy_common_v1_FileChange__Output>
        HostError: MessageTypeDefinition<_kdeploy_common_v1_HostError, _kdeploy_common_v1_HostError__Output>
        HostPlan: MessageTypeDefinition<_kdeploy_common_v1_HostPlan, _kdeploy_common_v1_HostPlan__Output>
        LogLevel: EnumTypeDefinition
        LogLine: MessageTypeDefinition<_kdeploy_common_v1_LogLine, _kdeploy_common_v1_LogLine__Output>
        Plan: MessageTypeDefinition<_kdeploy_common_v1_Plan, _kdeploy_common_v1_Plan__Output>
        PlanChange: MessageTypeDefinition<_kdeploy_common_v1_PlanChange, _kdeploy_common_v1_PlanChange__Output>
        ProgressEvent: MessageTypeDefinition<_kdeploy_common_v1_ProgressEvent, _kdeploy_common_v1_ProgressEvent__Output>
        RestartChange: MessageTypeDefinition<_kdeploy_common_v1_RestartChange, _kdeploy_common_v1_RestartChange__Output>
        Result: MessageTypeDefinition<_kdeploy_common_v1_Result, _kdeploy_common_v1_Result__Output>
        StepFinished: MessageTypeDefinition<_kdeploy_common_v1_StepFinished, _kdeploy_common_v1_StepFinished__Output>
        StepOutcome: EnumTypeDefinition
        StepStarted: MessageTypeDefinition<_kdeploy_common_v1_StepStarted, _kdeploy_common_v1_StepStarted__Output>
        UnitChange: MessageTypeDefinition<_kdeploy_common_v1_UnitChange, _kdeploy_common_v1_UnitChange__Output>
        UnitState: EnumTypeDefinition
      }
    }
  }
}

