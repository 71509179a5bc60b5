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
import type { ApplyRequest as _kdeploy_network_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_network_v1_ApplyRequest__Output } from './kdeploy/network/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_network_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_network_v1_ApplyResponse__Output } from './kdeploy/network/v1/ApplyResponse';
import type { NetworkInstallerClient as _kdeploy_network_v1_NetworkInstallerClient, NetworkInstallerDefinition as _kdeploy_network_v1_NetworkInstallerDefinition } from './kdeploy/network/v1/NetworkInstaller';
import type { NetworkSpec as _kdeploy_network_v1_NetworkSpec, NetworkSpec__Output as _kdeploy_network_v1_NetworkSpec__Output } from './kdeploy/network/v1/NetworkSpec';
import type { NodeNetwork as _kdeploy_network_v1_NodeNetwork, NodeNetwork__Output as _kdeploy_network_v1_NodeNetwork__Output } from './kdeploy/network/v1/NodeNetwork';
import type { PlanRequest as _kdeploy_network_v1_PlanRequest, PlanRequest__Output as _kdeploy_network_v1_PlanRequest__Output } from './kdeploy/network/v1/PlanRequest';
import type { PlanResponse as _kdeploy_network_v1_PlanResponse, PlanResponse__Output as _kdeploy_network_v1_PlanResponse__Output } from './kdeploy/network/v1/PlanResponse';
import type { RemoveRequest as _kdeploy_network_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_network_v1_RemoveRequest__Output } from './kdeploy/network/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_network_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_network_v1_RemoveResponse__Output } from './kdeploy/network/v1/RemoveResponse';
import type { StatusRequest as _kdeploy_network_v1_StatusRequest, StatusRequest__Output as _kdeploy_network_v1_StatusRequest__Output } from './kdeploy/network/v1/StatusRequest';
import type { StatusResponse as _kdeploy_network_v1_StatusResponse, StatusResponse__Output as _kdeploy_network_v1_StatusResponse__Output } from './kdeploy/network/v1/StatusResponse';

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
    network: {
      v1: {
        ApplyRequest: MessageTypeDefinition<_kdeploy_network_v1_ApplyRequest, _kdeploy_network_v1_ApplyRequest__Output>
        ApplyResponse: MessageTypeDefinition<_kdeploy_network_v1_ApplyResponse, _kdeploy_network_v1_ApplyResponse__Output>
        Backend: EnumTypeDefinition
        /**
         * NetworkInstaller sets up the pod network on the hosts with the node role: flanneld as a
         * systemd service on every node (as the classic binary install runs it), with its subnet
         * leases in etcd or in the Node objects, and the CNI configuration that puts pods on it.
         */
        NetworkInstaller: SubtypeConstructor<typeof grpc.Client, _kdeploy_network_v1_NetworkInstallerClient> & { service: _kdeploy_network_v1_NetworkInstallerDefinition }
        NetworkSpec: MessageTypeDefinition<_kdeploy_network_v1_NetworkSpec, _kdeploy_network_v1_NetworkSpec__Output>
        NodeNetwork: MessageTypeDefinition<_kdeploy_network_v1_NodeNetwork, _kdeploy_network_v1_NodeNetwork__Output>
        PlanRequest: MessageTypeDefinition<_kdeploy_network_v1_PlanRequest, _kdeploy_network_v1_PlanRequest__Output>
        PlanResponse: MessageTypeDefinition<_kdeploy_network_v1_PlanResponse, _kdeploy_network_v1_PlanResponse__Output>
        RemoveRequest: MessageTypeDefinition<_kdeploy_network_v1_RemoveRequest, _kdeploy_network_v1_RemoveRequest__Output>
        RemoveResponse: MessageTypeDefinition<_kdeploy_network_v1_RemoveResponse, _kdeploy_network_v1_RemoveResponse__Output>
        StatusRequest: MessageTypeDefinition<_kdeploy_network_v1_StatusRequest, _kdeploy_network_v1_StatusRequest__Output>
        StatusResponse: MessageTypeDefinition<_kdeploy_network_v1_StatusResponse, _kdeploy_network_v1_StatusResponse__Output>
        SubnetManager: EnumTypeDefinition
      }
    }
  }
}

