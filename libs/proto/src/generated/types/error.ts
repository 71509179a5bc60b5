import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from './kdeploy/common/v1/ErrorDetail';
import type { HostError as _kdeploy_common_v1_HostError, HostError__Output as _kdeploy_common_v1_HostError__Output } from './kdeploy/common/v1/HostError';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        ErrorCode: EnumTypeDefinition
        ErrorDetail: MessageTypeDefinition<_kdeploy_common_v1_ErrorDetail, _kdeploy_common_v1_ErrorDetail__Output>
        HostError: MessageTypeDefinition<_kdeploy_common_v1_HostError, _kdeploy_common_v1_HostError__Output>
      }
    }
  }
}

