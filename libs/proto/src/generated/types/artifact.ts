import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Artifact as _kdeploy_common_v1_Artifact, Artifact__Output as _kdeploy_common_v1_Artifact__Output } from './kdeploy/common/v1/Artifact';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from './kdeploy/common/v1/ArtifactSource';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        Artifact: MessageTypeDefinition<_kdeploy_common_v1_Artifact, _kdeploy_common_v1_Artifact__Output>
        ArtifactSource: MessageTypeDefinition<_kdeploy_common_v1_ArtifactSource, _kdeploy_common_v1_ArtifactSource__Output>
        ArtifactSourceKind: EnumTypeDefinition
      }
    }
  }
}

