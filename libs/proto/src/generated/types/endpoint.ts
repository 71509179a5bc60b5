import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from './kdeploy/common/v1/ControlPlaneEndpoint';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        ControlPlaneEndpoint: MessageTypeDefinition<_kdeploy_common_v1_ControlPlaneEndpoint, _kdeploy_common_v1_ControlPlaneEndpoint__Output>
        ControlPlaneEndpointMode: EnumTypeDefinition
      }
    }
  }
}

