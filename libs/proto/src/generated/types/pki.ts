import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from './kdeploy/common/v1/ControlPlaneEndpoint';
import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from './kdeploy/common/v1/Host';
import type { HostKeyPin as _kdeploy_common_v1_HostKeyPin, HostKeyPin__Output as _kdeploy_common_v1_HostKeyPin__Output } from './kdeploy/common/v1/HostKeyPin';
import type { HostKeyPins as _kdeploy_common_v1_HostKeyPins, HostKeyPins__Output as _kdeploy_common_v1_HostKeyPins__Output } from './kdeploy/common/v1/HostKeyPins';
import type { SshConnection as _kdeploy_common_v1_SshConnection, SshConnection__Output as _kdeploy_common_v1_SshConnection__Output } from './kdeploy/common/v1/SshConnection';
import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from './kdeploy/common/v1/Target';
import type { CaCertificate as _kdeploy_pki_v1_CaCertificate, CaCertificate__Output as _kdeploy_pki_v1_CaCertificate__Output } from './kdeploy/pki/v1/CaCertificate';
import type { CertificateInfo as _kdeploy_pki_v1_CertificateInfo, CertificateInfo__Output as _kdeploy_pki_v1_CertificateInfo__Output } from './kdeploy/pki/v1/CertificateInfo';
import type { DeleteClusterRequest as _kdeploy_pki_v1_DeleteClusterRequest, DeleteClusterRequest__Output as _kdeploy_pki_v1_DeleteClusterRequest__Output } from './kdeploy/pki/v1/DeleteClusterRequest';
import type { DeleteClusterResponse as _kdeploy_pki_v1_DeleteClusterResponse, DeleteClusterResponse__Output as _kdeploy_pki_v1_DeleteClusterResponse__Output } from './kdeploy/pki/v1/DeleteClusterResponse';
import type { GetCACertificatesRequest as _kdeploy_pki_v1_GetCACertificatesRequest, GetCACertificatesRequest__Output as _kdeploy_pki_v1_GetCACertificatesRequest__Output } from './kdeploy/pki/v1/GetCACertificatesRequest';
import type { GetCACertificatesResponse as _kdeploy_pki_v1_GetCACertificatesResponse, GetCACertificatesResponse__Output as _kdeploy_pki_v1_GetCACertificatesResponse__Output } from './kdeploy/pki/v1/GetCACertificatesResponse';
import type { GetSecretsEncryptionKeyRequest as _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, GetSecretsEncryptionKeyRequest__Output as _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest__Output } from './kdeploy/pki/v1/GetSecretsEncryptionKeyRequest';
import type { GetSecretsEncryptionKeyResponse as _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse, GetSecretsEncryptionKeyResponse__Output as _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output } from './kdeploy/pki/v1/GetSecretsEncryptionKeyResponse';
import type { GetServiceAccountKeysRequest as _kdeploy_pki_v1_GetServiceAccountKeysRequest, GetServiceAccountKeysRequest__Output as _kdeploy_pki_v1_GetServiceAccountKeysRequest__Output } from './kdeploy/pki/v1/GetServiceAccountKeysRequest';
import type { GetServiceAccountKeysResponse as _kdeploy_pki_v1_GetServiceAccountKeysResponse, GetServiceAccountKeysResponse__Output as _kdeploy_pki_v1_GetServiceAccountKeysResponse__Output } from './kdeploy/pki/v1/GetServiceAccountKeysResponse';
import type { InitClusterRequest as _kdeploy_pki_v1_InitClusterRequest, InitClusterRequest__Output as _kdeploy_pki_v1_InitClusterRequest__Output } from './kdeploy/pki/v1/InitClusterRequest';
import type { InitClusterResponse as _kdeploy_pki_v1_InitClusterResponse, InitClusterResponse__Output as _kdeploy_pki_v1_InitClusterResponse__Output } from './kdeploy/pki/v1/InitClusterResponse';
import type { IssueCertificateRequest as _kdeploy_pki_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _kdeploy_pki_v1_IssueCertificateRequest__Output } from './kdeploy/pki/v1/IssueCertificateRequest';
import type { IssueCertificateResponse as _kdeploy_pki_v1_IssueCertificateResponse, IssueCertificateResponse__Output as _kdeploy_pki_v1_IssueCertificateResponse__Output } from './kdeploy/pki/v1/IssueCertificateResponse';
import type { IssuedCertificate as _kdeploy_pki_v1_IssuedCertificate, IssuedCertificate__Output as _kdeploy_pki_v1_IssuedCertificate__Output } from './kdeploy/pki/v1/IssuedCertificate';
import type { ListCertificatesRequest as _kdeploy_pki_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _kdeploy_pki_v1_ListCertificatesRequest__Output } from './kdeploy/pki/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _kdeploy_pki_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _kdeploy_pki_v1_ListCertificatesResponse__Output } from './kdeploy/pki/v1/ListCertificatesResponse';
import type { PkiServiceClient as _kdeploy_pki_v1_PkiServiceClient, PkiServiceDefinition as _kdeploy_pki_v1_PkiServiceDefinition } from './kdeploy/pki/v1/PkiService';
import type { RenewRequest as _kdeploy_pki_v1_RenewRequest, RenewRequest__Output as _kdeploy_pki_v1_RenewRequest__Output } from './kdeploy/pki/v1/RenewRequest';
import type { RenewResponse as _kdeploy_pki_v1_RenewResponse, RenewResponse__Output as _kdeploy_pki_v1_RenewResponse__Output } from './kdeploy/pki/v1/RenewResponse';
import type { RevokeRequest as _kdeploy_pki_v1_RevokeRequest, RevokeRequest__Output as _kdeploy_pki_v1_RevokeRequest__Output } from './kdeploy/pki/v1/RevokeRequest';
import type { RevokeResponse as _kdeploy_pki_v1_RevokeResponse, RevokeResponse__Output as _kdeploy_pki_v1_RevokeResponse__Output } from './kdeploy/pki/v1/RevokeResponse';
import type { SignCertificateRequestRequest as _kdeploy_pki_v1_SignCertificateRequestRequest, SignCertificateRequestRequest__Output as _kdeploy_pki_v1_SignCertificateRequestRequest__Output } from './kdeploy/pki/v1/SignCertificateRequestRequest';
import type { SignCertificateRequestResponse as _kdeploy_pki_v1_SignCertificateRequestResponse, SignCertificateRequestResponse__Output as _kdeploy_pki_v1_SignCertificateRequestResponse__Output } from './kdeploy/pki/v1/SignCertificateRequestResponse';
import type { SubjectAlternativeNames as _kdeploy_pki_v1_SubjectAlternativeNames, SubjectAlternativeNames__Output as _kdeploy_pki_v1_SubjectAlternativeNames__Output } from './kdeploy/pki/v1/SubjectAlternativeNames';

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
        ControlPlaneEndpoint: MessageTypeDefinition<_kdeploy_common_v1_ControlPlaneEndpoint, _kdeploy_common_v1_ControlPlaneEndpoint__Output>
        ControlPlaneEndpointMode: EnumTypeDefinition
        Host: MessageTypeDefinition<_kdeploy_common_v1_Host, _kdeploy_common_v1_Host__Output>
        HostKeyPin: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPin, _kdeploy_common_v1_HostKeyPin__Output>
        HostKeyPins: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPins, _kdeploy_common_v1_HostKeyPins__Output>
        Role: EnumTypeDefinition
        SshConnection: MessageTypeDefinition<_kdeploy_common_v1_SshConnection, _kdeploy_common_v1_SshConnection__Output>
        Target: MessageTypeDefinition<_kdeploy_common_v1_Target, _kdeploy_common_v1_Target__Output>
      }
    }
    pki: {
      v1: {
        CaCertificate: MessageTypeDefinition<_kdeploy_pki_v1_CaCertificate, _kdeploy_pki_v1_CaCertificate__Output>
        CertificateAuthority: EnumTypeDefinition
        CertificateInfo: MessageTypeDefinition<_kdeploy_pki_v1_CertificateInfo, _kdeploy_pki_v1_CertificateInfo__Output>
        CertificateProfile: EnumTypeDefinition
        DeleteClusterRequest: MessageTypeDefinition<_kdeploy_pki_v1_DeleteClusterRequest, _kdeploy_pki_v1_DeleteClusterRequest__Output>
        DeleteClusterResponse: MessageTypeDefinition<_kdeploy_pki_v1_DeleteClusterResponse, _kdeploy_pki_v1_DeleteClusterResponse__Output>
        GetCACertificatesRequest: MessageTypeDefinition<_kdeploy_pki_v1_GetCACertificatesRequest, _kdeploy_pki_v1_GetCACertificatesRequest__Output>
        GetCACertificatesResponse: MessageTypeDefinition<_kdeploy_pki_v1_GetCACertificatesResponse, _kdeploy_pki_v1_GetCACertificatesResponse__Output>
        GetSecretsEncryptionKeyRequest: MessageTypeDefinition<_kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest__Output>
        GetSecretsEncryptionKeyResponse: MessageTypeDefinition<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse, _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>
        GetServiceAccountKeysRequest: MessageTypeDefinition<_kdeploy_pki_v1_GetServiceAccountKeysRequest, _kdeploy_pki_v1_GetServiceAccountKeysRequest__Output>
        GetServiceAccountKeysResponse: MessageTypeDefinition<_kdeploy_pki_v1_GetServiceAccountKeysResponse, _kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>
        InitClusterRequest: MessageTypeDefinition<_kdeploy_pki_v1_InitClusterRequest, _kdeploy_pki_v1_InitClusterRequest__Output>
        InitClusterResponse: MessageTypeDefinition<_kdeploy_pki_v1_InitClusterResponse, _kdeploy_pki_v1_InitClusterResponse__Output>
        IssueCertificateRequest: MessageTypeDefinition<_kdeploy_pki_v1_IssueCertificateRequest, _kdeploy_pki_v1_IssueCertificateRequest__Output>
        IssueCertificateResponse: MessageTypeDefinition<_kdeploy_pki_v1_IssueCertificateResponse, _kdeploy_pki_v1_IssueCertificateResponse__Output>
        IssuedCertificate: MessageTypeDefinition<_kdeploy_pki_v1_IssuedCertificate, _kdeploy_pki_v1_IssuedCertificate__Output>
        KeyAlgorithm: EnumTypeDefinition
        ListCertificatesRequest: MessageTypeDefinition<_kdeploy_pki_v1_ListCertificatesRequest, _kdeploy_pki_v1_ListCertificatesRequest__Output>
        ListCertificatesResponse: MessageTypeDefinition<_kdeploy_pki_v1_ListCertificatesResponse, _kdeploy_pki_v1_ListCertificatesResponse__Output>
        /**
         * PkiService owns every cluster's CAs and service-account key pair. CA private keys never
         * leave it. Host identities are signed from CSRs (the key stays on the host); shared
         * identities (admin, controller-manager, ...) are issued with their key.
         */
        PkiService: SubtypeConstructor<typeof grpc.Client, _kdeploy_pki_v1_PkiServiceClient> & { service: _kdeploy_pki_v1_PkiServiceDefinition }
        RenewRequest: MessageTypeDefinition<_kdeploy_pki_v1_RenewRequest, _kdeploy_pki_v1_RenewRequest__Output>
        RenewResponse: MessageTypeDefinition<_kdeploy_pki_v1_RenewResponse, _kdeploy_pki_v1_RenewResponse__Output>
        RevokeRequest: MessageTypeDefinition<_kdeploy_pki_v1_RevokeRequest, _kdeploy_pki_v1_RevokeRequest__Output>
        RevokeResponse: MessageTypeDefinition<_kdeploy_pki_v1_RevokeResponse, _kdeploy_pki_v1_RevokeResponse__Output>
        SignCertificateRequestRequest: MessageTypeDefinition<_kdeploy_pki_v1_SignCertificateRequestRequest, _kdeploy_pki_v1_SignCertificateRequestRequest__Output>
        SignCertificateRequestResponse: MessageTypeDefinition<_kdeploy_pki_v1_SignCertificateRequestResponse, _kdeploy_pki_v1_SignCertificateRequestResponse__Output>
        SubjectAlternativeNames: MessageTypeDefinition<_kdeploy_pki_v1_SubjectAlternativeNames, _kdeploy_pki_v1_SubjectAlternativeNames__Output>
      }
    }
  }
}

