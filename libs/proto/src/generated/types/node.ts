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
import type { ApplyRequest as _kdeploy_node_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_node_v1_ApplyRequest__Output } from './kdeploy/node/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_node_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_node_v1_ApplyResponse__Output } from './kdeploy/node/v1/ApplyResponse';
import type { CertificateExpiry as _kdeploy_node_v1_CertificateExpiry, CertificateExpiry__Output as _kdeploy_node_v1_CertificateExpiry__Output } from './kdeploy/node/v1/CertificateExpiry';
import type { ContainerRuntime as _kdeploy_node_v1_ContainerRuntime, ContainerRuntime__Output as _kdeploy_node_v1_ContainerRuntime__Output } from './kdeploy/node/v1/ContainerRuntime';
import type { DockerSettings as _kdeploy_node_v1_DockerSettings, DockerSettings__Output as _kdeploy_node_v1_DockerSettings__Output } from './kdeploy/node/v1/DockerSettings';
import type { DrainRequest as _kdeploy_node_v1_DrainRequest, DrainRequest__Output as _kdeploy_node_v1_DrainRequest__Output } from './kdeploy/node/v1/DrainRequest';
import type { DrainResponse as _kdeploy_node_v1_DrainResponse, DrainResponse__Output as _kdeploy_node_v1_DrainResponse__Output } from './kdeploy/node/v1/DrainResponse';
import type { HostPreparation as _kdeploy_node_v1_HostPreparation, HostPreparation__Output as _kdeploy_node_v1_HostPreparation__Output } from './kdeploy/node/v1/HostPreparation';
import type { JoinRequest as _kdeploy_node_v1_JoinRequest, JoinRequest__Output as _kdeploy_node_v1_JoinRequest__Output } from './kdeploy/node/v1/JoinRequest';
import type { JoinResponse as _kdeploy_node_v1_JoinResponse, JoinResponse__Output as _kdeploy_node_v1_JoinResponse__Output } from './kdeploy/node/v1/JoinResponse';
import type { NodeInfo as _kdeploy_node_v1_NodeInfo, NodeInfo__Output as _kdeploy_node_v1_NodeInfo__Output } from './kdeploy/node/v1/NodeInfo';
import type { NodeInstallerClient as _kdeploy_node_v1_NodeInstallerClient, NodeInstallerDefinition as _kdeploy_node_v1_NodeInstallerDefinition } from './kdeploy/node/v1/NodeInstaller';
import type { NodeSpec as _kdeploy_node_v1_NodeSpec, NodeSpec__Output as _kdeploy_node_v1_NodeSpec__Output } from './kdeploy/node/v1/NodeSpec';
import type { PlanRequest as _kdeploy_node_v1_PlanRequest, PlanRequest__Output as _kdeploy_node_v1_PlanRequest__Output } from './kdeploy/node/v1/PlanRequest';
import type { PlanResponse as _kdeploy_node_v1_PlanResponse, PlanResponse__Output as _kdeploy_node_v1_PlanResponse__Output } from './kdeploy/node/v1/PlanResponse';
import type { RegistryMirror as _kdeploy_node_v1_RegistryMirror, RegistryMirror__Output as _kdeploy_node_v1_RegistryMirror__Output } from './kdeploy/node/v1/RegistryMirror';
import type { RemoveNodeRequest as _kdeploy_node_v1_RemoveNodeRequest, RemoveNodeRequest__Output as _kdeploy_node_v1_RemoveNodeRequest__Output } from './kdeploy/node/v1/RemoveNodeRequest';
import type { RemoveNodeResponse as _kdeploy_node_v1_RemoveNodeResponse, RemoveNodeResponse__Output as _kdeploy_node_v1_RemoveNodeResponse__Output } from './kdeploy/node/v1/RemoveNodeResponse';
import type { RemoveRequest as _kdeploy_node_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_node_v1_RemoveRequest__Output } from './kdeploy/node/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_node_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_node_v1_RemoveResponse__Output } from './kdeploy/node/v1/RemoveResponse';
import type { StatusRequest as _kdeploy_node_v1_StatusRequest, StatusRequest__Output as _kdeploy_node_v1_StatusRequest__Output } from './kdeploy/node/v1/StatusRequest';
import type { StatusResponse as _kdeploy_node_v1_StatusResponse, StatusResponse__Output as _kdeploy_node_v1_StatusResponse__Output } from './kdeploy/node/v1/StatusResponse';

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
    node: {
      v1: {
        ApplyRequest: MessageTypeDefinition<_kdeploy_node_v1_ApplyRequest, _kdeploy_node_v1_ApplyRequest__Output>
        ApplyResponse: MessageTypeDefinition<_kdeploy_node_v1_ApplyResponse, _kdeploy_node_v1_ApplyResponse__Output>
        CertificateExpiry: MessageTypeDefinition<_kdeploy_node_v1_CertificateExpiry, _kdeploy_node_v1_CertificateExpiry__Output>
        ContainerRuntime: MessageTypeDefinition<_kdeploy_node_v1_ContainerRuntime, _kdeploy_node_v1_ContainerRuntime__Output>
        DockerSettings: MessageTypeDefinition<_kdeploy_node_v1_DockerSettings, _kdeploy_node_v1_DockerSettings__Output>
        DrainRequest: MessageTypeDefinition<_kdeploy_node_v1_DrainRequest, _kdeploy_node_v1_DrainRequest__Output>
        DrainResponse: MessageTypeDefinition<_kdeploy_node_v1_DrainResponse, _kdeploy_node_v1_DrainResponse__Output>
        HostPreparation: MessageTypeDefinition<_kdeploy_node_v1_HostPreparation, _kdeploy_node_v1_HostPreparation__Output>
        JoinRequest: MessageTypeDefinition<_kdeploy_node_v1_JoinRequest, _kdeploy_node_v1_JoinRequest__Output>
        JoinResponse: MessageTypeDefinition<_kdeploy_node_v1_JoinResponse, _kdeploy_node_v1_JoinResponse__Output>
        NodeInfo: MessageTypeDefinition<_kdeploy_node_v1_NodeInfo, _kdeploy_node_v1_NodeInfo__Output>
        /**
         * NodeInstaller prepares worker hosts (ROLE_NODE) and installs the container runtime,
         * kubelet and kube-proxy as systemd services; joins nodes through TLS bootstrapping, and
         * drains and removes them.
         */
        NodeInstaller: SubtypeConstructor<typeof grpc.Client, _kdeploy_node_v1_NodeInstallerClient> & { service: _kdeploy_node_v1_NodeInstallerDefinition }
        NodeSpec: MessageTypeDefinition<_kdeploy_node_v1_NodeSpec, _kdeploy_node_v1_NodeSpec__Output>
        PlanRequest: MessageTypeDefinition<_kdeploy_node_v1_PlanRequest, _kdeploy_node_v1_PlanRequest__Output>
        PlanResponse: MessageTypeDefinition<_kdeploy_node_v1_PlanResponse, _kdeploy_node_v1_PlanResponse__Output>
        ProxyMode: EnumTypeDefinition
        RegistryMirror: MessageTypeDefinition<_kdeploy_node_v1_RegistryMirror, _kdeploy_node_v1_RegistryMirror__Output>
        RemoveNodeRequest: MessageTypeDefinition<_kdeploy_node_v1_RemoveNodeRequest, _kdeploy_node_v1_RemoveNodeRequest__Output>
        RemoveNodeResponse: MessageTypeDefinition<_kdeploy_node_v1_RemoveNodeResponse, _kdeploy_node_v1_RemoveNodeResponse__Output>
        RemoveRequest: MessageTypeDefinition<_kdeploy_node_v1_RemoveRequest, _kdeploy_node_v1_RemoveRequest__Output>
        RemoveResponse: MessageTypeDefinition<_kdeploy_node_v1_RemoveResponse, _kdeploy_node_v1_RemoveResponse__Output>
        RuntimeKind: EnumTypeDefinition
        StatusRequest: MessageTypeDefinition<_kdeploy_node_v1_StatusRequest, _kdeploy_node_v1_StatusRequest__Output>
        StatusResponse: MessageTypeDefinition<_kdeploy_node_v1_StatusResponse, _kdeploy_node_v1_StatusResponse__Output>
      }
    }
  }
}

