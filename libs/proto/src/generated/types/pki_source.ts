import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CaCertificatePem as _kdeploy_common_v1_CaCertificatePem, CaCertificatePem__Output as _kdeploy_common_v1_CaCertificatePem__Output } from './kdeploy/common/v1/CaCertificatePem';
import type { CertificateBundle as _kdeploy_common_v1_CertificateBundle, CertificateBundle__Output as _kdeploy_common_v1_CertificateBundle__Output } from './kdeploy/common/v1/CertificateBundle';
import type { KeyPair as _kdeploy_common_v1_KeyPair, KeyPair__Output as _kdeploy_common_v1_KeyPair__Output } from './kdeploy/common/v1/KeyPair';
import type { PkiServiceRef as _kdeploy_common_v1_PkiServiceRef, PkiServiceRef__Output as _kdeploy_common_v1_PkiServiceRef__Output } from './kdeploy/common/v1/PkiServiceRef';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from './kdeploy/common/v1/PkiSource';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  kdeploy: {
    common: {
      v1: {
        CaCertificatePem: MessageTypeDefinition<_kdeploy_common_v1_CaCertificatePem, _kdeploy_common_v1_CaCertificatePem__Output>
        CertificateBundle: MessageTypeDefinition<_kdeploy_common_v1_CertificateBundle, _kdeploy_common_v1_CertificateBundle__Output>
        KeyPair: MessageTypeDefinition<_kdeploy_common_v1_KeyPair, _kdeploy_common_v1_KeyPair__Output>
        PkiServiceRef: MessageTypeDefinition<_kdeploy_common_v1_PkiServiceRef, _kdeploy_common_v1_PkiServiceRef__Output>
        PkiSource: MessageTypeDefinition<_kdeploy_common_v1_PkiSource, _kdeploy_common_v1_PkiSource__Output>
      }
    }
  }
}

