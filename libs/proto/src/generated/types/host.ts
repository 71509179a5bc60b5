import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from './kdeploy/common/v1/Host';
import type { HostKeyPin as _kdeploy_common_v1_HostKeyPin, HostKeyPin__Output as _kdeploy_common_v1_HostKeyPin__Output } from './kdeploy/common/v1/HostKeyPin';
import type { HostKeyPins as _kdeploy_common_v1_HostKeyPins, HostKeyPins__Output as _kdeploy_common_v1_HostKeyPins__Output } from './kdeploy/common/v1/HostKeyPins';
import type { SshConnection as _kdeploy_common_v1_SshConnection, SshConnection__Output as _kdeploy_common_v1_SshConnection__Output } from './kdeploy/common/v1/SshConnection';
import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from './kdeploy/common/v1/Target';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        Host: MessageTypeDefinition<_kdeploy_common_v1_Host, _kdeploy_common_v1_Host__Output>
        HostKeyPin: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPin, _kdeploy_common_v1_HostKeyPin__Output>
        HostKeyPins: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPins, _kdeploy_common_v1_HostKeyPins__Output>
        Role: EnumTypeDefinition
        SshConnection: MessageTypeDefinition<_kdeploy_common_v1_SshConnection, _kdeploy_common_v1_SshConnection__Output>
        Target: MessageTypeDefinition<_kdeploy_common_v1_Target, _kdeploy_common_v1_Target__Output>
      }
    }
  }
}

