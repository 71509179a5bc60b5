// Original file: proto/kdeploy/network/v1/network.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyRequest as _kdeploy_network_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_network_v1_ApplyRequest__Output } from '../../../kdeploy/network/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_network_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_network_v1_ApplyResponse__Output } from '../../../kdeploy/network/v1/ApplyResponse';
import type { PlanRequest as _kdeploy_network_v1_PlanRequest, PlanRequest__Output as _kdeploy_network_v1_PlanRequest__Output } from '../../../kdeploy/network/v1/PlanRequest';
import type { PlanResponse as _kdeploy_network_v1_PlanResponse, PlanResponse__Output as _kdeploy_network_v1_PlanResponse__Output } from '../../../kdeploy/network/v1/PlanResponse';
import type { RemoveRequest as _kdeploy_network_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_network_v1_RemoveRequest__Output } from '../../../kdeploy/network/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_network_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_network_v1_RemoveResponse__Output } from '../../../kdeploy/network/v1/RemoveResponse';
import type { StatusRequest as _kdeploy_network_v1_StatusRequest, StatusRequest__Output as _kdeploy_network_v1_StatusRequest__Output } from '../../../kdeploy/network/v1/StatusRequest';
import type { StatusResponse as _kdeploy_network_v1_StatusResponse, StatusResponse__Output as _kdeploy_network_v1_StatusResponse__Output } from '../../../kdeploy/network/v1/StatusResponse';

/**
 * NetworkInstaller sets up the pod network on the hosts with the node role: flanneld as a
 * systemd service on every node (as the classic binary install runs it), with its subnet
 * leases in etcd or in the Node objects, and the CNI configuration that puts pods on it.
 */
export interface NetworkInstallerClient extends grpc.Client {
  /**
   * Checks every pair of nodes (the backend's port, the path MTU), then makes the hosts match
   * the spec; streams progress.
   */
  Apply(argument: _kdeploy_network_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_ApplyResponse__Output>;
  Apply(argument: _kdeploy_network_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_ApplyResponse__Output>;
  /**
   * Checks every pair of nodes (the backend's port, the path MTU), then makes the hosts match
   * the spec; streams progress.
   */
  apply(argument: _kdeploy_network_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_ApplyResponse__Output>;
  apply(argument: _kdeploy_network_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_ApplyResponse__Output>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing (the preflight runs).
   */
  Plan(argument: _kdeploy_network_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_network_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_network_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_network_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Computes the per-host changes Apply would make, touching nothing (the preflight runs).
   */
  plan(argument: _kdeploy_network_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_network_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_network_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_network_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_network_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes flanneld, its interfaces, routes, iptables chains, CNI files and leases off the hosts.
   */
  Remove(argument: _kdeploy_network_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_RemoveResponse__Output>;
  Remove(argument: _kdeploy_network_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_RemoveResponse__Output>;
  /**
   * Takes flanneld, its interfaces, routes, iptables chains, CNI files and leases off the hosts.
   */
  remove(argument: _kdeploy_network_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_RemoveResponse__Output>;
  remove(argument: _kdeploy_network_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_network_v1_RemoveResponse__Output>;
  
  /**
   * Reports flanneld, the lease, the backend and the flannel interface per node.
   */
  Status(argument: _kdeploy_network_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_network_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_network_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_network_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports flanneld, the lease, the backend and the flannel interface per node.
   */
  status(argument: _kdeploy_network_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_network_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_network_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_network_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_network_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * NetworkInstaller sets up the pod network on the hosts with the node role: flanneld as a
 * systemd service on every node (as the classic binary install runs it), with its subnet
 * leases in etcd or in the Node objects, and the CNI configuration that puts pods on it.
 */
export interface NetworkInstallerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Checks every pair of nodes (the backend's port, the path MTU), then makes the hosts match
   * the spec; streams progress.
   */
  Apply: grpc.handleServerStreamingCall<_kdeploy_network_v1_ApplyRequest__Output, _kdeploy_network_v1_ApplyResponse>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing (the preflight runs).
   */
  Plan: grpc.handleUnaryCall<_kdeploy_network_v1_PlanRequest__Output, _kdeploy_network_v1_PlanResponse>;
  
  /**
   * Takes flanneld, its interfaces, routes, iptables chains, CNI files and leases off the hosts.
   */
  Remove: grpc.handleServerStreamingCall<_kdeploy_network_v1_RemoveRequest__Output, _kdeploy_network_v1_RemoveResponse>;
  
  /**
   * Reports flanneld, the lease, the backend and the flannel interface per node.
   */
  Status: grpc.handleUnaryCall<_kdeploy_network_v1_StatusRequest__Output, _kdeploy_network_v1_StatusResponse>;
  
}

export interface NetworkInstallerDefinition extends grpc.ServiceDefinition {
  Apply: MethodDefinition<_kdeploy_network_v1_ApplyRequest, _kdeploy_network_v1_ApplyResponse, _kdeploy_network_v1_ApplyRequest__Output, _kdeploy_network_v1_ApplyResponse__Output>
  Plan: MethodDefinition<_kdeploy_network_v1_PlanRequest, _kdeploy_network_v1_PlanResponse, _kdeploy_network_v1_PlanRequest__Output, _kdeploy_network_v1_PlanResponse__Output>
  Remove: MethodDefinition<_kdeploy_network_v1_RemoveRequest, _kdeploy_network_v1_RemoveResponse, _kdeploy_network_v1_RemoveRequest__Output, _kdeploy_network_v1_RemoveResponse__Output>
  Status: MethodDefinition<_kdeploy_network_v1_StatusRequest, _kdeploy_network_v1_StatusResponse, _kdeploy_network_v1_StatusRequest__Output, _kdeploy_network_v1_StatusResponse__Output>
}
