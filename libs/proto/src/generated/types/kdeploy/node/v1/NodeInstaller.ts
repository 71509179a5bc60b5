// Original file: proto/kdeploy/node/v1/node.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyRequest as _kdeploy_node_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_node_v1_ApplyRequest__Output } from '../../../kdeploy/node/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_node_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_node_v1_ApplyResponse__Output } from '../../../kdeploy/node/v1/ApplyResponse';
import type { DrainRequest as _kdeploy_node_v1_DrainRequest, DrainRequest__Output as _kdeploy_node_v1_DrainRequest__Output } from '../../../kdeploy/node/v1/DrainRequest';
import type { DrainResponse as _kdeploy_node_v1_DrainResponse, DrainResponse__Output as _kdeploy_node_v1_DrainResponse__Output } from '../../../kdeploy/node/v1/DrainResponse';
import type { JoinRequest as _kdeploy_node_v1_JoinRequest, JoinRequest__Output as _kdeploy_node_v1_JoinRequest__Output } from '../../../kdeploy/node/v1/JoinRequest';
import type { JoinResponse as _kdeploy_node_v1_JoinResponse, JoinResponse__Output as _kdeploy_node_v1_JoinResponse__Output } from '../../../kdeploy/node/v1/JoinResponse';
import type { PlanRequest as _kdeploy_node_v1_PlanRequest, PlanRequest__Output as _kdeploy_node_v1_PlanRequest__Output } from '../../../kdeploy/node/v1/PlanRequest';
import type { PlanResponse as _kdeploy_node_v1_PlanResponse, PlanResponse__Output as _kdeploy_node_v1_PlanResponse__Output } from '../../../kdeploy/node/v1/PlanResponse';
import type { RemoveNodeRequest as _kdeploy_node_v1_RemoveNodeRequest, RemoveNodeRequest__Output as _kdeploy_node_v1_RemoveNodeRequest__Output } from '../../../kdeploy/node/v1/RemoveNodeRequest';
import type { RemoveNodeResponse as _kdeploy_node_v1_RemoveNodeResponse, RemoveNodeResponse__Output as _kdeploy_node_v1_RemoveNodeResponse__Output } from '../../../kdeploy/node/v1/RemoveNodeResponse';
import type { RemoveRequest as _kdeploy_node_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_node_v1_RemoveRequest__Output } from '../../../kdeploy/node/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_node_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_node_v1_RemoveResponse__Output } from '../../../kdeploy/node/v1/RemoveResponse';
import type { StatusRequest as _kdeploy_node_v1_StatusRequest, StatusRequest__Output as _kdeploy_node_v1_StatusRequest__Output } from '../../../kdeploy/node/v1/StatusRequest';
import type { StatusResponse as _kdeploy_node_v1_StatusResponse, StatusResponse__Output as _kdeploy_node_v1_StatusResponse__Output } from '../../../kdeploy/node/v1/StatusResponse';

/**
 * NodeInstaller prepares worker hosts (ROLE_NODE) and installs the container runtime,
 * kubelet and kube-proxy as systemd services; joins nodes through TLS bootstrapping, and
 * drains and removes them.
 */
export interface NodeInstallerClient extends grpc.Client {
  /**
   * Prepares the hosts and installs runtime, kubelet and kube-proxy; streams progress.
   */
  Apply(argument: _kdeploy_node_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_ApplyResponse__Output>;
  Apply(argument: _kdeploy_node_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_ApplyResponse__Output>;
  /**
   * Prepares the hosts and installs runtime, kubelet and kube-proxy; streams progress.
   */
  apply(argument: _kdeploy_node_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_ApplyResponse__Output>;
  apply(argument: _kdeploy_node_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_ApplyResponse__Output>;
  
  /**
   * Cordons a node and evicts its pods.
   */
  Drain(argument: _kdeploy_node_v1_DrainRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_DrainResponse__Output>;
  Drain(argument: _kdeploy_node_v1_DrainRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_DrainResponse__Output>;
  /**
   * Cordons a node and evicts its pods.
   */
  drain(argument: _kdeploy_node_v1_DrainRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_DrainResponse__Output>;
  drain(argument: _kdeploy_node_v1_DrainRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_DrainResponse__Output>;
  
  /**
   * Applies and then joins the hosts: bootstrap kubeconfig, kubelet start, CSR approval,
   * waits for each Node to be Ready.
   */
  Join(argument: _kdeploy_node_v1_JoinRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_JoinResponse__Output>;
  Join(argument: _kdeploy_node_v1_JoinRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_JoinResponse__Output>;
  /**
   * Applies and then joins the hosts: bootstrap kubeconfig, kubelet start, CSR approval,
   * waits for each Node to be Ready.
   */
  join(argument: _kdeploy_node_v1_JoinRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_JoinResponse__Output>;
  join(argument: _kdeploy_node_v1_JoinRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_JoinResponse__Output>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan(argument: _kdeploy_node_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_node_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_node_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_node_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  plan(argument: _kdeploy_node_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_node_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_node_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_node_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_node_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops and removes runtime, kubelet and kube-proxy from the hosts (Node objects stay).
   */
  Remove(argument: _kdeploy_node_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveResponse__Output>;
  Remove(argument: _kdeploy_node_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveResponse__Output>;
  /**
   * Stops and removes runtime, kubelet and kube-proxy from the hosts (Node objects stay).
   */
  remove(argument: _kdeploy_node_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveResponse__Output>;
  remove(argument: _kdeploy_node_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveResponse__Output>;
  
  /**
   * Drains a node, deletes its Node object, and takes the node components off its host.
   */
  RemoveNode(argument: _kdeploy_node_v1_RemoveNodeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveNodeResponse__Output>;
  RemoveNode(argument: _kdeploy_node_v1_RemoveNodeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveNodeResponse__Output>;
  /**
   * Drains a node, deletes its Node object, and takes the node components off its host.
   */
  removeNode(argument: _kdeploy_node_v1_RemoveNodeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveNodeResponse__Output>;
  removeNode(argument: _kdeploy_node_v1_RemoveNodeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_node_v1_RemoveNodeResponse__Output>;
  
  /**
   * Reports units per host and each Node's readiness.
   */
  Status(argument: _kdeploy_node_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_node_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_node_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_node_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports units per host and each Node's readiness.
   */
  status(argument: _kdeploy_node_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_node_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_node_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_node_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_node_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * NodeInstaller prepares worker hosts (ROLE_NODE) and installs the container runtime,
 * kubelet and kube-proxy as systemd services; joins nodes through TLS bootstrapping, and
 * drains and removes them.
 */
export interface NodeInstallerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Prepares the hosts and installs runtime, kubelet and kube-proxy; streams progress.
   */
  Apply: grpc.handleServerStreamingCall<_kdeploy_node_v1_ApplyRequest__Output, _kdeploy_node_v1_ApplyResponse>;
  
  /**
   * Cordons a node and evicts its pods.
   */
  Drain: grpc.handleServerStreamingCall<_kdeploy_node_v1_DrainRequest__Output, _kdeploy_node_v1_DrainResponse>;
  
  /**
   * Applies and then joins the hosts: bootstrap kubeconfig, kubelet start, CSR approval,
   * waits for each Node to be Ready.
   */
  Join: grpc.handleServerStreamingCall<_kdeploy_node_v1_JoinRequest__Output, _kdeploy_node_v1_JoinResponse>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan: grpc.handleUnaryCall<_kdeploy_node_v1_PlanRequest__Output, _kdeploy_node_v1_PlanResponse>;
  
  /**
   * Stops and removes runtime, kubelet and kube-proxy from the hosts (Node objects stay).
   */
  Remove: grpc.handleServerStreamingCall<_kdeploy_node_v1_RemoveRequest__Output, _kdeploy_node_v1_RemoveResponse>;
  
  /**
   * Drains a node, deletes its Node object, and takes the node components off its host.
   */
  RemoveNode: grpc.handleServerStreamingCall<_kdeploy_node_v1_RemoveNodeRequest__Output, _kdeploy_node_v1_RemoveNodeResponse>;
  
  /**
   * Reports units per host and each Node's readiness.
   */
  Status: grpc.handleUnaryCall<_kdeploy_node_v1_StatusRequest__Output, _kdeploy_node_v1_StatusResponse>;
  
}

export interface NodeInstallerDefinition extends grpc.ServiceDefinition {
  Apply: MethodDefinition<_kdeploy_node_v1_ApplyRequest, _kdeploy_node_v1_ApplyResponse, _kdeploy_node_v1_ApplyRequest__Output, _kdeploy_node_v1_ApplyResponse__Output>
  Drain: MethodDefinition<_kdeploy_node_v1_DrainRequest, _kdeploy_node_v1_DrainResponse, _kdeploy_node_v1_DrainRequest__Output, _kdeploy_node_v1_DrainResponse__Output>
  Join: MethodDefinition<_kdeploy_node_v1_JoinRequest, _kdeploy_node_v1_JoinResponse, _kdeploy_node_v1_JoinRequest__Output, _kdeploy_node_v1_JoinResponse__Output>
  Plan: MethodDefinition<_kdeploy_node_v1_PlanRequest, _kdeploy_node_v1_PlanResponse, _kdeploy_node_v1_PlanRequest__Output, _kdeploy_node_v1_PlanResponse__Output>
  Remove: MethodDefinition<_kdeploy_node_v1_RemoveRequest, _kdeploy_node_v1_RemoveResponse, _kdeploy_node_v1_RemoveRequest__Output, _kdeploy_node_v1_RemoveResponse__Output>
  RemoveNode: MethodDefinition<_kdeploy_node_v1_RemoveNodeRequest, _kdeploy_node_v1_RemoveNodeResponse, _kdeploy_node_v1_RemoveNodeRequest__Output, _kdeploy_node_v1_RemoveNodeResponse__Output>
  Status: MethodDefinition<_kdeploy_node_v1_StatusRequest, _kdeploy_node_v1_StatusResponse, _kdeploy_node_v1_StatusRequest__Output, _kdeploy_node_v1_StatusResponse__Output>
}
