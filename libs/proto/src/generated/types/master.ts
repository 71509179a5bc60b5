import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Artifact as _kdeploy_common_v1_Artifact, Artifact__Output as _kdeploy_common_v1_Artifact__Output } from './kdeploy/common/v1/Artifact';
import type { ArtifactSource as _kdeploy_common_v1_ArtifactSource, ArtifactSource__Output as _kdeploy_common_v1_ArtifactSource__Output } from './kdeploy/common/v1/ArtifactSource';
import type { CaCertificatePem as _kdeploy_common_v1_CaCertificatePem, CaCertificatePem__Output as _kdeploy_common_v1_CaCertificatePem__Output } from './kdeploy/common/v1/CaCertificatePem';
import type { CertificateBundle as _kdeploy_common_v1_CertificateBundle, CertificateBundle__Output as _kdeploy_common_v1_CertificateBundle__Output } from './kdeploy/common/v1/CertificateBundle';
import type { Change as _kdeploy_common_v1_Change, Change__Output as _kdeploy_common_v1_Change__Output } from './kdeploy/common/v1/Change';
import type { CommandChange as _kdeploy_common_v1_CommandChange, CommandChange__Output as _kdeploy_common_v1_CommandChange__Output } from './kdeploy/common/v1/CommandChange';
import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from './kdeploy/common/v1/ControlPlaneEndpoint';
import type { ErrorDetail as _kdeploy_common_v1_ErrorDetail, ErrorDetail__Output as _kdeploy_common_v1_ErrorDetail__Output } from './kdeploy/common/v1/ErrorDetail';
import type { FileChange as _kdeploy_common_v1_FileChange, FileChange__Output as _kdeploy_common_v1_FileChange__Output } from './kdeploy/common/v1/FileChange';
import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from './kdeploy/common/v1/Host';
import type { HostError as _kdeploy_common_v1_HostError, HostError__Output as _kdeploy_common_v1_HostError__Output } from './kdeploy/common/v1/HostError';
import type { HostKeyPin as _kdeploy_common_v1_HostKeyPin, HostKeyPin__Output as _kdeploy_common_v1_HostKeyPin__Output } from './kdeploy/common/v1/HostKeyPin';
import type { HostKeyPins as _kdeploy_common_v1_HostKeyPins, HostKeyPins__Output as _kdeploy_common_v1_HostKeyPins__Output } from './kdeploy/common/v1/HostKeyPins';
import type { HostPlan as _kdeploy_common_v1_HostPlan, HostPlan__Output as _kdeploy_common_v1_HostPlan__Output } from './kdeploy/common/v1/HostPlan';
import type { HostStatus as _kdeploy_common_v1_HostStatus, HostStatus__Output as _kdeploy_common_v1_HostStatus__Output } from './kdeploy/common/v1/HostStatus';
import type { KeyPair as _kdeploy_common_v1_KeyPair, KeyPair__Output as _kdeploy_common_v1_KeyPair__Output } from './kdeploy/common/v1/KeyPair';
import type { LogLine as _kdeploy_common_v1_LogLine, LogLine__Output as _kdeploy_common_v1_LogLine__Output } from './kdeploy/common/v1/LogLine';
import type { PkiServiceRef as _kdeploy_common_v1_PkiServiceRef, PkiServiceRef__Output as _kdeploy_common_v1_PkiServiceRef__Output } from './kdeploy/common/v1/PkiServiceRef';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from './kdeploy/common/v1/PkiSource';
import type { Plan as _kdeploy_common_v1_Plan, Plan__Output as _kdeploy_common_v1_Plan__Output } from './kdeploy/common/v1/Plan';
import type { PlanChange as _kdeploy_common_v1_PlanChange, PlanChange__Output as _kdeploy_common_v1_PlanChange__Output } from './kdeploy/common/v1/PlanChange';
import type { ProgressEvent as _kdeploy_common_v1_ProgressEvent, ProgressEvent__Output as _kdeploy_common_v1_ProgressEvent__Output } from './kdeploy/common/v1/ProgressEvent';
import type { RestartChange as _kdeploy_common_v1_RestartChange, RestartChange__Output as _kdeploy_common_v1_RestartChange__Output } from './kdeploy/common/v1/RestartChange';
import type { Result as _kdeploy_common_v1_Result, Result__Output as _kdeploy_common_v1_Result__Output } from './kdeploy/common/v1/Result';
import type { SshConnection as _kdeploy_common_v1_SshConnection, SshConnection__Output as _kdeploy_common_v1_SshConnection__Output } from './kdeploy/common/v1/SshConnection';
import type { StepFinished as _kdeploy_common_v1_StepFinished, StepFinished__Output as _kdeploy_common_v1_StepFinished__Output } from './kdeploy/common/v1/StepFinished';
import type { StepStarted as _kdeploy_common_v1_StepStarted, StepStarted__Output as _kdeploy_common_v1_StepStarted__Output } from './kdeploy/common/v1/StepStarted';
import type { Target as _kdeploy_common_v1_Target, Target__Output as _kdeploy_common_v1_Target__Output } from './kdeploy/common/v1/Target';
import type { UnitChange as _kdeploy_common_v1_UnitChange, UnitChange__Output as _kdeploy_common_v1_UnitChange__Output } from './kdeploy/common/v1/UnitChange';
import type { UnitStatus as _kdeploy_common_v1_UnitStatus, UnitStatus__Output as _kdeploy_common_v1_UnitStatus__Output } from './kdeploy/common/v1/UnitStatus';
import type { AddonsSpec as _kdeploy_master_v1_AddonsSpec, AddonsSpec__Output as _kdeploy_master_v1_AddonsSpec__Output } from './kdeploy/master/v1/AddonsSpec';
import type { ApiserverSans as _kdeploy_master_v1_ApiserverSans, ApiserverSans__Output as _kdeploy_master_v1_ApiserverSans__Output } from './kdeploy/master/v1/ApiserverSans';
import type { ApplyAddonsRequest as _kdeploy_master_v1_ApplyAddonsRequest, ApplyAddonsRequest__Output as _kdeploy_master_v1_ApplyAddonsRequest__Output } from './kdeploy/master/v1/ApplyAddonsRequest';
import type { ApplyAddonsResponse as _kdeploy_master_v1_ApplyAddonsResponse, ApplyAddonsResponse__Output as _kdeploy_master_v1_ApplyAddonsResponse__Output } from './kdeploy/master/v1/ApplyAddonsResponse';
import type { ApplyBootstrapRbacRequest as _kdeploy_master_v1_ApplyBootstrapRbacRequest, ApplyBootstrapRbacRequest__Output as _kdeploy_master_v1_ApplyBootstrapRbacRequest__Output } from './kdeploy/master/v1/ApplyBootstrapRbacRequest';
import type { ApplyBootstrapRbacResponse as _kdeploy_master_v1_ApplyBootstrapRbacResponse, ApplyBootstrapRbacResponse__Output as _kdeploy_master_v1_ApplyBootstrapRbacResponse__Output } from './kdeploy/master/v1/ApplyBootstrapRbacResponse';
import type { ApplyRequest as _kdeploy_master_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_master_v1_ApplyRequest__Output } from './kdeploy/master/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_master_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_master_v1_ApplyResponse__Output } from './kdeploy/master/v1/ApplyResponse';
import type { AuditLog as _kdeploy_master_v1_AuditLog, AuditLog__Output as _kdeploy_master_v1_AuditLog__Output } from './kdeploy/master/v1/AuditLog';
import type { CheckClusterRequest as _kdeploy_master_v1_CheckClusterRequest, CheckClusterRequest__Output as _kdeploy_master_v1_CheckClusterRequest__Output } from './kdeploy/master/v1/CheckClusterRequest';
import type { CheckClusterResponse as _kdeploy_master_v1_CheckClusterResponse, CheckClusterResponse__Output as _kdeploy_master_v1_CheckClusterResponse__Output } from './kdeploy/master/v1/CheckClusterResponse';
import type { CoreDns as _kdeploy_master_v1_CoreDns, CoreDns__Output as _kdeploy_master_v1_CoreDns__Output } from './kdeploy/master/v1/CoreDns';
import type { CreateBootstrapTokenRequest as _kdeploy_master_v1_CreateBootstrapTokenRequest, CreateBootstrapTokenRequest__Output as _kdeploy_master_v1_CreateBootstrapTokenRequest__Output } from './kdeploy/master/v1/CreateBootstrapTokenRequest';
import type { CreateBootstrapTokenResponse as _kdeploy_master_v1_CreateBootstrapTokenResponse, CreateBootstrapTokenResponse__Output as _kdeploy_master_v1_CreateBootstrapTokenResponse__Output } from './kdeploy/master/v1/CreateBootstrapTokenResponse';
import type { DeleteBootstrapTokenRequest as _kdeploy_master_v1_DeleteBootstrapTokenRequest, DeleteBootstrapTokenRequest__Output as _kdeploy_master_v1_DeleteBootstrapTokenRequest__Output } from './kdeploy/master/v1/DeleteBootstrapTokenRequest';
import type { DeleteBootstrapTokenResponse as _kdeploy_master_v1_DeleteBootstrapTokenResponse, DeleteBootstrapTokenResponse__Output as _kdeploy_master_v1_DeleteBootstrapTokenResponse__Output } from './kdeploy/master/v1/DeleteBootstrapTokenResponse';
import type { GetAdminKubeconfigRequest as _kdeploy_master_v1_GetAdminKubeconfigRequest, GetAdminKubeconfigRequest__Output as _kdeploy_master_v1_GetAdminKubeconfigRequest__Output } from './kdeploy/master/v1/GetAdminKubeconfigRequest';
import type { GetAdminKubeconfigResponse as _kdeploy_master_v1_GetAdminKubeconfigResponse, GetAdminKubeconfigResponse__Output as _kdeploy_master_v1_GetAdminKubeconfigResponse__Output } from './kdeploy/master/v1/GetAdminKubeconfigResponse';
import type { MasterInstallerClient as _kdeploy_master_v1_MasterInstallerClient, MasterInstallerDefinition as _kdeploy_master_v1_MasterInstallerDefinition } from './kdeploy/master/v1/MasterInstaller';
import type { MasterMember as _kdeploy_master_v1_MasterMember, MasterMember__Output as _kdeploy_master_v1_MasterMember__Output } from './kdeploy/master/v1/MasterMember';
import type { MasterSpec as _kdeploy_master_v1_MasterSpec, MasterSpec__Output as _kdeploy_master_v1_MasterSpec__Output } from './kdeploy/master/v1/MasterSpec';
import type { MetricsServer as _kdeploy_master_v1_MetricsServer, MetricsServer__Output as _kdeploy_master_v1_MetricsServer__Output } from './kdeploy/master/v1/MetricsServer';
import type { PlanRequest as _kdeploy_master_v1_PlanRequest, PlanRequest__Output as _kdeploy_master_v1_PlanRequest__Output } from './kdeploy/master/v1/PlanRequest';
import type { PlanResponse as _kdeploy_master_v1_PlanResponse, PlanResponse__Output as _kdeploy_master_v1_PlanResponse__Output } from './kdeploy/master/v1/PlanResponse';
import type { RemoveRequest as _kdeploy_master_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_master_v1_RemoveRequest__Output } from './kdeploy/master/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_master_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_master_v1_RemoveResponse__Output } from './kdeploy/master/v1/RemoveResponse';
import type { SecretsEncryption as _kdeploy_master_v1_SecretsEncryption, SecretsEncryption__Output as _kdeploy_master_v1_SecretsEncryption__Output } from './kdeploy/master/v1/SecretsEncryption';
import type { StatusRequest as _kdeploy_master_v1_StatusRequest, StatusRequest__Output as _kdeploy_master_v1_StatusRequest__Output } from './kdeploy/master/v1/StatusRequest';
import type { StatusResponse as _kdeploy_master_v1_StatusResponse, StatusResponse__Output as _kdeploy_master_v1_StatusResponse__Output } from './kdeploy/master/v1/StatusResponse';

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
        Artifact: MessageTypeDefinition<_kdeploy_common_v1_Artifact, _kdeploy_common_v1_Artifact__Output>
        ArtifactSource: MessageTypeDefinition<_kdeploy_common_v1_ArtifactSource, _kdeploy_common_v1_ArtifactSource__Output>
        ArtifactSourceKind: EnumTypeDefinition
        CaCertificatePem: MessageTypeDefinition<_kdeploy_common_v1_CaCertificatePem, _kdeploy_common_v1_CaCertificatePem__Output>
        CertificateBundle: MessageTypeDefinition<_kdeploy_common_v1_CertificateBundle, _kdeploy_common_v1_CertificateBundle__Output>
        Change: MessageTypeDefinition<_kdeploy_common_v1_Change, _kdeploy_common_v1_Change__Output>
        ChangeAction: EnumTypeDefinition
        CommandChange: MessageTypeDefinition<_kdeploy_common_v1_CommandChange, _kdeploy_common_v1_CommandChange__Output>
        ControlPlaneEndpoint: MessageTypeDefinition<_kdeploy_common_v1_ControlPlaneEndpoint, _kdeploy_common_v1_ControlPlaneEndpoint__Output>
        ControlPlaneEndpointMode: EnumTypeDefinition
        ErrorCode: EnumTypeDefinition
        ErrorDetail: MessageTypeDefinition<_kdeploy_common_v1_ErrorDetail, _kdeploy_common_v1_ErrorDetail__Output>
        FileChange: MessageTypeDefinition<_kdeploy_common_v1_FileChange, _kdeploy_common_v1_FileChange__Output>
        Host: MessageTypeDefinition<_kdeploy_common_v1_Host, _kdeploy_common_v1_Host__Output>
        HostError: MessageTypeDefinition<_kdeploy_common_v1_HostError, _kdeploy_common_v1_HostError__Output>
        HostKeyPin: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPin, _kdeploy_common_v1_HostKeyPin__Output>
        HostKeyPins: MessageTypeDefinition<_kdeploy_common_v1_HostKeyPins, _kdeploy_common_v1_HostKeyPins__Output>
        HostPlan: MessageTypeDefinition<_kdeploy_common_v1_HostPlan, _kdeploy_common_v1_HostPlan__Output>
        HostStatus: MessageTypeDefinition<_kdeploy_common_v1_HostStatus, _kdeploy_common_v1_HostStatus__Output>
        KeyPair: MessageTypeDefinition<_kdeploy_common_v1_KeyPair, _kdeploy_common_v1_KeyPair__Output>
        LogLevel: EnumTypeDefinition
        LogLine: MessageTypeDefinition<_kdeploy_common_v1_LogLine, _kdeploy_common_v1_LogLine__Output>
        PkiServiceRef: MessageTypeDefinition<_kdeploy_common_v1_PkiServiceRef, _kdeploy_common_v1_PkiServiceRef__Output>
        PkiSource: MessageTypeDefinition<_kdeploy_common_v1_PkiSource, _kdeploy_common_v1_PkiSource__Output>
        Plan: MessageTypeDefinition<_kdeploy_common_v1_Plan, _kdeploy_common_v1_Plan__Output>
        PlanChange: MessageTypeDefinition<_kdeploy_common_v1_PlanChange, _kdeploy_common_v1_PlanChange__Output>
        ProgressEvent: MessageTypeDefinition<_kdeploy_common_v1_ProgressEvent, _kdeploy_common_v1_ProgressEvent__Output>
        RestartChange: MessageTypeDefinition<_kdeploy_common_v1_RestartChange, _kdeploy_common_v1_RestartChange__Output>
        Result: MessageTypeDefinition<_kdeploy_common_v1_Result, _kdeploy_common_v1_Result__Output>
        Role: EnumTypeDefinition
        SshConnection: MessageTypeDefinition<_kdeploy_common_v1_SshConnection, _kdeploy_common_v1_SshConnection__Output>
        StepFinished: MessageTypeDefinition<_kdeploy_common_v1_StepFinished, _kdeploy_common_v1_StepFinished__Output>
        StepOutcome: EnumTypeDefinition
        StepStarted: MessageTypeDefinition<_kdeploy_common_v1_StepStarted, _kdeploy_common_v1_StepStarted__Output>
        Target: MessageTypeDefinition<_kdeploy_common_v1_Target, _kdeploy_common_v1_Target__Output>
        UnitChange: MessageTypeDefinition<_kdeploy_common_v1_UnitChange, _kdeploy_common_v1_UnitChange__Output>
        UnitState: EnumTypeDefinition
        UnitStatus: MessageTypeDefinition<_kdeploy_common_v1_UnitStatus, _kdeploy_common_v1_UnitStatus__Output>
      }
    }
    master: {
      v1: {
        AddonsSpec: MessageTypeDefinition<_kdeploy_master_v1_AddonsSpec, _kdeploy_master_v1_AddonsSpec__Output>
        ApiserverSans: MessageTypeDefinition<_kdeploy_master_v1_ApiserverSans, _kdeploy_master_v1_ApiserverSans__Output>
        ApplyAddonsRequest: MessageTypeDefinition<_kdeploy_master_v1_ApplyAddonsRequest, _kdeploy_master_v1_ApplyAddonsRequest__Output>
        ApplyAddonsResponse: MessageTypeDefinition<_kdeploy_master_v1_ApplyAddonsResponse, _kdeploy_master_v1_ApplyAddonsResponse__Output>
        ApplyBootstrapRbacRequest: MessageTypeDefinition<_kdeploy_master_v1_ApplyBootstrapRbacRequest, _kdeploy_master_v1_ApplyBootstrapRbacRequest__Output>
        ApplyBootstrapRbacResponse: MessageTypeDefinition<_kdeploy_master_v1_ApplyBootstrapRbacResponse, _kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>
        ApplyRequest: MessageTypeDefinition<_kdeploy_master_v1_ApplyRequest, _kdeploy_master_v1_ApplyRequest__Output>
        ApplyResponse: MessageTypeDefinition<_kdeploy_master_v1_ApplyResponse, _kdeploy_master_v1_ApplyResponse__Output>
        AuditLog: MessageTypeDefinition<_kdeploy_master_v1_AuditLog, _kdeploy_master_v1_AuditLog__Output>
        CheckClusterRequest: MessageTypeDefinition<_kdeploy_master_v1_CheckClusterRequest, _kdeploy_master_v1_CheckClusterRequest__Output>
        CheckClusterResponse: MessageTypeDefinition<_kdeploy_master_v1_CheckClusterResponse, _kdeploy_master_v1_CheckClusterResponse__Output>
        CoreDns: MessageTypeDefinition<_kdeploy_master_v1_CoreDns, _kdeploy_master_v1_CoreDns__Output>
        CreateBootstrapTokenRequest: MessageTypeDefinition<_kdeploy_master_v1_CreateBootstrapTokenRequest, _kdeploy_master_v1_CreateBootstrapTokenRequest__Output>
        CreateBootstrapTokenResponse: MessageTypeDefinition<_kdeploy_master_v1_CreateBootstrapTokenResponse, _kdeploy_master_v1_CreateBootstrapTokenResponse__Output>
        DeleteBootstrapTokenRequest: MessageTypeDefinition<_kdeploy_master_v1_DeleteBootstrapTokenRequest, _kdeploy_master_v1_DeleteBootstrapTokenRequest__Output>
        DeleteBootstrapTokenResponse: MessageTypeDefinition<_kdeploy_master_v1_DeleteBootstrapTokenResponse, _kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>
        EncryptionProvider: EnumTypeDefinition
        GetAdminKubeconfigRequest: MessageTypeDefinition<_kdeploy_master_v1_GetAdminKubeconfigRequest, _kdeploy_master_v1_GetAdminKubeconfigRequest__Output>
        GetAdminKubeconfigResponse: MessageTypeDefinition<_kdeploy_master_v1_GetAdminKubeconfigResponse, _kdeploy_master_v1_GetAdminKubeconfigResponse__Output>
        /**
         * MasterInstaller installs the control plane (kube-apiserver, kube-controller-manager,
         * kube-scheduler) as systemd services on the hosts with ROLE_MASTER, and sets up what the
         * cluster needs before nodes join: bootstrap RBAC and bootstrap tokens.
         */
        MasterInstaller: SubtypeConstructor<typeof grpc.Client, _kdeploy_master_v1_MasterInstallerClient> & { service: _kdeploy_master_v1_MasterInstallerDefinition }
        MasterMember: MessageTypeDefinition<_kdeploy_master_v1_MasterMember, _kdeploy_master_v1_MasterMember__Output>
        MasterSpec: MessageTypeDefinition<_kdeploy_master_v1_MasterSpec, _kdeploy_master_v1_MasterSpec__Output>
        MetricsServer: MessageTypeDefinition<_kdeploy_master_v1_MetricsServer, _kdeploy_master_v1_MetricsServer__Output>
        PlanRequest: MessageTypeDefinition<_kdeploy_master_v1_PlanRequest, _kdeploy_master_v1_PlanRequest__Output>
        PlanResponse: MessageTypeDefinition<_kdeploy_master_v1_PlanResponse, _kdeploy_master_v1_PlanResponse__Output>
        RemoveRequest: MessageTypeDefinition<_kdeploy_master_v1_RemoveRequest, _kdeploy_master_v1_RemoveRequest__Output>
        RemoveResponse: MessageTypeDefinition<_kdeploy_master_v1_RemoveResponse, _kdeploy_master_v1_RemoveResponse__Output>
        SecretsEncryption: MessageTypeDefinition<_kdeploy_master_v1_SecretsEncryption, _kdeploy_master_v1_SecretsEncryption__Output>
        StatusRequest: MessageTypeDefinition<_kdeploy_master_v1_StatusRequest, _kdeploy_master_v1_StatusRequest__Output>
        StatusResponse: MessageTypeDefinition<_kdeploy_master_v1_StatusResponse, _kdeploy_master_v1_StatusResponse__Output>
      }
    }
  }
}

