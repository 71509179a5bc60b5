// Original file: proto/kdeploy/etcd/v1/etcd.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddMemberRequest as _kdeploy_etcd_v1_AddMemberRequest, AddMemberRequest__Output as _kdeploy_etcd_v1_AddMemberRequest__Output } from '../../../kdeploy/etcd/v1/AddMemberRequest';
import type { AddMemberResponse as _kdeploy_etcd_v1_AddMemberResponse, AddMemberResponse__Output as _kdeploy_etcd_v1_AddMemberResponse__Output } from '../../../kdeploy/etcd/v1/AddMemberResponse';
import type { ApplyRequest as _kdeploy_etcd_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_etcd_v1_ApplyRequest__Output } from '../../../kdeploy/etcd/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_etcd_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_etcd_v1_ApplyResponse__Output } from '../../../kdeploy/etcd/v1/ApplyResponse';
import type { PlanRequest as _kdeploy_etcd_v1_PlanRequest, PlanRequest__Output as _kdeploy_etcd_v1_PlanRequest__Output } from '../../../kdeploy/etcd/v1/PlanRequest';
import type { PlanResponse as _kdeploy_etcd_v1_PlanResponse, PlanResponse__Output as _kdeploy_etcd_v1_PlanResponse__Output } from '../../../kdeploy/etcd/v1/PlanResponse';
import type { RemoveMemberRequest as _kdeploy_etcd_v1_RemoveMemberRequest, RemoveMemberRequest__Output as _kdeploy_etcd_v1_RemoveMemberRequest__Output } from '../../../kdeploy/etcd/v1/RemoveMemberRequest';
import type { RemoveMemberResponse as _kdeploy_etcd_v1_RemoveMemberResponse, RemoveMemberResponse__Output as _kdeploy_etcd_v1_RemoveMemberResponse__Output } from '../../../kdeploy/etcd/v1/RemoveMemberResponse';
import type { RemoveRequest as _kdeploy_etcd_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_etcd_v1_RemoveRequest__Output } from '../../../kdeploy/etcd/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_etcd_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_etcd_v1_RemoveResponse__Output } from '../../../kdeploy/etcd/v1/RemoveResponse';
import type { RestoreRequest as _kdeploy_etcd_v1_RestoreRequest, RestoreRequest__Output as _kdeploy_etcd_v1_RestoreRequest__Output } from '../../../kdeploy/etcd/v1/RestoreRequest';
import type { RestoreResponse as _kdeploy_etcd_v1_RestoreResponse, RestoreResponse__Output as _kdeploy_etcd_v1_RestoreResponse__Output } from '../../../kdeploy/etcd/v1/RestoreResponse';
import type { SnapshotRequest as _kdeploy_etcd_v1_SnapshotRequest, SnapshotRequest__Output as _kdeploy_etcd_v1_SnapshotRequest__Output } from '../../../kdeploy/etcd/v1/SnapshotRequest';
import type { SnapshotResponse as _kdeploy_etcd_v1_SnapshotResponse, SnapshotResponse__Output as _kdeploy_etcd_v1_SnapshotResponse__Output } from '../../../kdeploy/etcd/v1/SnapshotResponse';
import type { StatusRequest as _kdeploy_etcd_v1_StatusRequest, StatusRequest__Output as _kdeploy_etcd_v1_StatusRequest__Output } from '../../../kdeploy/etcd/v1/StatusRequest';
import type { StatusResponse as _kdeploy_etcd_v1_StatusResponse, StatusResponse__Output as _kdeploy_etcd_v1_StatusResponse__Output } from '../../../kdeploy/etcd/v1/StatusResponse';

/**
 * EtcdInstaller installs and operates the etcd cluster on the hosts with ROLE_ETCD, as
 * systemd services with TLS for clients and peers. Members change one at a time, each
 * after the cluster is healthy, with a verified snapshot taken first.
 */
export interface EtcdInstallerClient extends grpc.Client {
  /**
   * Adds one member to a healthy cluster (snapshot, member add, install, start, wait healthy).
   */
  AddMember(argument: _kdeploy_etcd_v1_AddMemberRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_AddMemberResponse__Output>;
  AddMember(argument: _kdeploy_etcd_v1_AddMemberRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_AddMemberResponse__Output>;
  /**
   * Adds one member to a healthy cluster (snapshot, member add, install, start, wait healthy).
   */
  addMember(argument: _kdeploy_etcd_v1_AddMemberRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_AddMemberResponse__Output>;
  addMember(argument: _kdeploy_etcd_v1_AddMemberRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_AddMemberResponse__Output>;
  
  /**
   * Makes the etcd hosts match the plan; streams progress.
   */
  Apply(argument: _kdeploy_etcd_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_ApplyResponse__Output>;
  Apply(argument: _kdeploy_etcd_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_ApplyResponse__Output>;
  /**
   * Makes the etcd hosts match the plan; streams progress.
   */
  apply(argument: _kdeploy_etcd_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_ApplyResponse__Output>;
  apply(argument: _kdeploy_etcd_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_ApplyResponse__Output>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan(argument: _kdeploy_etcd_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_etcd_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_etcd_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_etcd_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  plan(argument: _kdeploy_etcd_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_etcd_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_etcd_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_etcd_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_etcd_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops etcd and removes its units, files and (when asked) data from the hosts.
   */
  Remove(argument: _kdeploy_etcd_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveResponse__Output>;
  Remove(argument: _kdeploy_etcd_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveResponse__Output>;
  /**
   * Stops etcd and removes its units, files and (when asked) data from the hosts.
   */
  remove(argument: _kdeploy_etcd_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveResponse__Output>;
  remove(argument: _kdeploy_etcd_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveResponse__Output>;
  
  /**
   * Removes one member from a healthy cluster and stops it.
   */
  RemoveMember(argument: _kdeploy_etcd_v1_RemoveMemberRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveMemberResponse__Output>;
  RemoveMember(argument: _kdeploy_etcd_v1_RemoveMemberRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveMemberResponse__Output>;
  /**
   * Removes one member from a healthy cluster and stops it.
   */
  removeMember(argument: _kdeploy_etcd_v1_RemoveMemberRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveMemberResponse__Output>;
  removeMember(argument: _kdeploy_etcd_v1_RemoveMemberRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RemoveMemberResponse__Output>;
  
  /**
   * Restores the cluster from a snapshot: every member from the same snapshot, new cluster token.
   */
  Restore(argument: _kdeploy_etcd_v1_RestoreRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RestoreResponse__Output>;
  Restore(argument: _kdeploy_etcd_v1_RestoreRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RestoreResponse__Output>;
  /**
   * Restores the cluster from a snapshot: every member from the same snapshot, new cluster token.
   */
  restore(argument: _kdeploy_etcd_v1_RestoreRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RestoreResponse__Output>;
  restore(argument: _kdeploy_etcd_v1_RestoreRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_RestoreResponse__Output>;
  
  /**
   * Takes a snapshot, kept on a member host or streamed back in chunks.
   */
  Snapshot(argument: _kdeploy_etcd_v1_SnapshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_SnapshotResponse__Output>;
  Snapshot(argument: _kdeploy_etcd_v1_SnapshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_SnapshotResponse__Output>;
  /**
   * Takes a snapshot, kept on a member host or streamed back in chunks.
   */
  snapshot(argument: _kdeploy_etcd_v1_SnapshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_SnapshotResponse__Output>;
  snapshot(argument: _kdeploy_etcd_v1_SnapshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_etcd_v1_SnapshotResponse__Output>;
  
  /**
   * Reports members, leader and health.
   */
  Status(argument: _kdeploy_etcd_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_etcd_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_etcd_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_etcd_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports members, leader and health.
   */
  status(argument: _kdeploy_etcd_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_etcd_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_etcd_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_etcd_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_etcd_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * EtcdInstaller installs and operates the etcd cluster on the hosts with ROLE_ETCD, as
 * systemd services with TLS for clients and peers. Members change one at a time, each
 * after the cluster is healthy, with a verified snapshot taken first.
 */
export interface EtcdInstallerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds one member to a healthy cluster (snapshot, member add, install, start, wait healthy).
   */
  AddMember: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_AddMemberRequest__Output, _kdeploy_etcd_v1_AddMemberResponse>;
  
  /**
   * Makes the etcd hosts match the plan; streams progress.
   */
  Apply: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_ApplyRequest__Output, _kdeploy_etcd_v1_ApplyResponse>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan: grpc.handleUnaryCall<_kdeploy_etcd_v1_PlanRequest__Output, _kdeploy_etcd_v1_PlanResponse>;
  
  /**
   * Stops etcd and removes its units, files and (when asked) data from the hosts.
   */
  Remove: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_RemoveRequest__Output, _kdeploy_etcd_v1_RemoveResponse>;
  
  /**
   * Removes one member from a healthy cluster and stops it.
   */
  RemoveMember: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_RemoveMemberRequest__Output, _kdeploy_etcd_v1_RemoveMemberResponse>;
  
  /**
   * Restores the cluster from a snapshot: every member from the same snapshot, new cluster token.
   */
  Restore: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_RestoreRequest__Output, _kdeploy_etcd_v1_RestoreResponse>;
  
  /**
   * Takes a snapshot, kept on a member host or streamed back in chunks.
   */
  Snapshot: grpc.handleServerStreamingCall<_kdeploy_etcd_v1_SnapshotRequest__Output, _kdeploy_etcd_v1_SnapshotResponse>;
  
  /**
   * Reports members, leader and health.
   */
  Status: grpc.handleUnaryCall<_kdeploy_etcd_v1_StatusRequest__Output, _kdeploy_etcd_v1_StatusResponse>;
  
}

export interface EtcdInstallerDefinition extends grpc.ServiceDefinition {
  AddMember: MethodDefinition<_kdeploy_etcd_v1_AddMemberRequest, _kdeploy_etcd_v1_AddMemberResponse, _kdeploy_etcd_v1_AddMemberRequest__Output, _kdeploy_etcd_v1_AddMemberResponse__Output>
  Apply: MethodDefinition<_kdeploy_etcd_v1_ApplyRequest, _kdeploy_etcd_v1_ApplyResponse, _kdeploy_etcd_v1_ApplyRequest__Output, _kdeploy_etcd_v1_ApplyResponse__Output>
  Plan: MethodDefinition<_kdeploy_etcd_v1_PlanRequest, _kdeploy_etcd_v1_PlanResponse, _kdeploy_etcd_v1_PlanRequest__Output, _kdeploy_etcd_v1_PlanResponse__Output>
  Remove: MethodDefinition<_kdeploy_etcd_v1_RemoveRequest, _kdeploy_etcd_v1_RemoveResponse, _kdeploy_etcd_v1_RemoveRequest__Output, _kdeploy_etcd_v1_RemoveResponse__Output>
  RemoveMember: MethodDefinition<_kdeploy_etcd_v1_RemoveMemberRequest, _kdeploy_etcd_v1_RemoveMemberResponse, _kdeploy_etcd_v1_RemoveMemberRequest__Output, _kdeploy_etcd_v1_RemoveMemberResponse__Output>
  Restore: MethodDefinition<_kdeploy_etcd_v1_RestoreRequest, _kdeploy_etcd_v1_RestoreResponse, _kdeploy_etcd_v1_RestoreRequest__Output, _kdeploy_etcd_v1_RestoreResponse__Output>
  Snapshot: MethodDefinition<_kdeploy_etcd_v1_SnapshotRequest, _kdeploy_etcd_v1_SnapshotResponse, _kdeploy_etcd_v1_SnapshotRequest__Output, _kdeploy_etcd_v1_SnapshotResponse__Output>
  Status: MethodDefinition<_kdeploy_etcd_v1_StatusRequest, _kdeploy_etcd_v1_StatusResponse, _kdeploy_etcd_v1_StatusRequest__Output, _kdeploy_etcd_v1_StatusResponse__Output>
}
