import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Change as _kdeploy_common_v1_Change, Change__Output as _kdeploy_common_v1_Change__Output } from './kdeploy/common/v1/Change';
import type { CommandChange as _kdeploy_common_v1_CommandChange, CommandChange__Output as _kdeploy_common_v1_CommandChange__Output } from './kdeploy/common/v1/CommandChange';
import type { FileChange as _kdeploy_common_v1_FileChange, FileChange__Output as _kdeploy_common_v1_FileChange__Output } from './kdeploy/common/v1/FileChange';
import type { HostPlan as _kdeploy_common_v1_HostPlan, HostPlan__Output as _kdeploy_common_v1_HostPlan__Output } from './kdeploy/common/v1/HostPlan';
import type { Plan as _kdeploy_common_v1_Plan, Plan__Output as _kdeploy_common_v1_Plan__Output } from './kdeploy/common/v1/Plan';
import type { RestartChange as _kdeploy_common_v1_RestartChange, RestartChange__Output as _kdeploy_common_v1_RestartChange__Output } from './kdeploy/common/v1/RestartChange';
import type { UnitChange as _kdeploy_common_v1_UnitChange, UnitChange__Output as _kdeploy_common_v1_UnitChange__Output } from './kdeploy/common/v1/UnitChange';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        Change: MessageTypeDefinition<_kdeploy_common_v1_Change, _kdeploy_common_v1_Change__Output>
        ChangeAction: EnumTypeDefinition
        CommandChange: MessageTypeDefinition<_kdeploy_common_v1_CommandChange, _kdeploy_common_v1_CommandChange__Output>
        FileChange: MessageTypeDefinition<_kdeploy_common_v1_FileChange, _kdeploy_common_v1_FileChange__Output>
        HostPlan: MessageTypeDefinition<_kdeploy_common_v1_HostPlan, _kdeploy_common_v1_HostPlan__Output>
        Plan: MessageTypeDefinition<_kdeploy_common_v1_Plan, _kdeploy_common_v1_Plan__Output>
        RestartChange: MessageTypeDefinition<_kdeploy_common_v1_RestartChange, _kdeploy_common_v1_RestartChange__Output>
        UnitChange: MessageTypeDefinition<_kdeploy_common_v1_UnitChange, _kdeploy_common_v1_UnitChange__Output>
        UnitState: EnumTypeDefinition
      }
    }
  }
}

