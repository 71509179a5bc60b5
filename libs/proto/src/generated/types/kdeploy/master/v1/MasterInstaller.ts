// Original file: proto/kdeploy/master/v1/master.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyAddonsRequest as _kdeploy_master_v1_ApplyAddonsRequest, ApplyAddonsRequest__Output as _kdeploy_master_v1_ApplyAddonsRequest__Output } from '../../../kdeploy/master/v1/ApplyAddonsRequest';
import type { ApplyAddonsResponse as _kdeploy_master_v1_ApplyAddonsResponse, ApplyAddonsResponse__Output as _kdeploy_master_v1_ApplyAddonsResponse__Output } from '../../../kdeploy/master/v1/ApplyAddonsResponse';
import type { ApplyBootstrapRbacRequest as _kdeploy_master_v1_ApplyBootstrapRbacRequest, ApplyBootstrapRbacRequest__Output as _kdeploy_master_v1_ApplyBootstrapRbacRequest__Output } from '../../../kdeploy/master/v1/ApplyBootstrapRbacRequest';
import type { ApplyBootstrapRbacResponse as _kdeploy_master_v1_ApplyBootstrapRbacResponse, ApplyBootstrapRbacResponse__Output as _kdeploy_master_v1_ApplyBootstrapRbacResponse__Output } from '../../../kdeploy/master/v1/ApplyBootstrapRbacResponse';
import type { ApplyRequest as _kdeploy_master_v1_ApplyRequest, ApplyRequest__Output as _kdeploy_master_v1_ApplyRequest__Output } from '../../../kdeploy/master/v1/ApplyRequest';
import type { ApplyResponse as _kdeploy_master_v1_ApplyResponse, ApplyResponse__Output as _kdeploy_master_v1_ApplyResponse__Output } from '../../../kdeploy/master/v1/ApplyResponse';
import type { CheckClusterRequest as _kdeploy_master_v1_CheckClusterRequest, CheckClusterRequest__Output as _kdeploy_master_v1_CheckClusterRequest__Output } from '../../../kdeploy/master/v1/CheckClusterRequest';
import type { CheckClusterResponse as _kdeploy_master_v1_CheckClusterResponse, CheckClusterResponse__Output as _kdeploy_master_v1_CheckClusterResponse__Output } from '../../../kdeploy/master/v1/CheckClusterResponse';
import type { CreateBootstrapTokenRequest as _kdeploy_master_v1_CreateBootstrapTokenRequest, CreateBootstrapTokenRequest__Output as _kdeploy_master_v1_CreateBootstrapTokenRequest__Output } from '../../../kdeploy/master/v1/CreateBootstrapTokenRequest';
import type { CreateBootstrapTokenResponse as _kdeploy_master_v1_CreateBootstrapTokenResponse, CreateBootstrapTokenResponse__Output as _kdeploy_master_v1_CreateBootstrapTokenResponse__Output } from '../../../kdeploy/master/v1/CreateBootstrapTokenResponse';
import type { DeleteBootstrapTokenRequest as _kdeploy_master_v1_DeleteBootstrapTokenRequest, DeleteBootstrapTokenRequest__Output as _kdeploy_master_v1_DeleteBootstrapTokenRequest__Output } from '../../../kdeploy/master/v1/DeleteBootstrapTokenRequest';
import type { DeleteBootstrapTokenResponse as _kdeploy_master_v1_DeleteBootstrapTokenResponse, DeleteBootstrapTokenResponse__Output as _kdeploy_master_v1_DeleteBootstrapTokenResponse__Output } from '../../../kdeploy/master/v1/DeleteBootstrapTokenResponse';
import type { GetAdminKubeconfigRequest as _kdeploy_master_v1_GetAdminKubeconfigRequest, GetAdminKubeconfigRequest__Output as _kdeploy_master_v1_GetAdminKubeconfigRequest__Output } from '../../../kdeploy/master/v1/GetAdminKubeconfigRequest';
import type { GetAdminKubeconfigResponse as _kdeploy_master_v1_GetAdminKubeconfigResponse, GetAdminKubeconfigResponse__Output as _kdeploy_master_v1_GetAdminKubeconfigResponse__Output } from '../../../kdeploy/master/v1/GetAdminKubeconfigResponse';
import type { PlanRequest as _kdeploy_master_v1_PlanRequest, PlanRequest__Output as _kdeploy_master_v1_PlanRequest__Output } from '../../../kdeploy/master/v1/PlanRequest';
import type { PlanResponse as _kdeploy_master_v1_PlanResponse, PlanResponse__Output as _kdeploy_master_v1_PlanResponse__Output } from '../../../kdeploy/master/v1/PlanResponse';
import type { RemoveRequest as _kdeploy_master_v1_RemoveRequest, RemoveRequest__Output as _kdeploy_master_v1_RemoveRequest__Output } from '../../../kdeploy/master/v1/RemoveRequest';
import type { RemoveResponse as _kdeploy_master_v1_RemoveResponse, RemoveResponse__Output as _kdeploy_master_v1_RemoveResponse__Output } from '../../../kdeploy/master/v1/RemoveResponse';
import type { StatusRequest as _kdeploy_master_v1_StatusRequest, StatusRequest__Output as _kdeploy_master_v1_StatusRequest__Output } from '../../../kdeploy/master/v1/StatusRequest';
import type { StatusResponse as _kdeploy_master_v1_StatusResponse, StatusResponse__Output as _kdeploy_master_v1_StatusResponse__Output } from '../../../kdeploy/master/v1/StatusResponse';

/**
 * MasterInstaller installs the control plane (kube-apiserver, kube-controller-manager,
 * kube-scheduler) as systemd services on the hosts with ROLE_MASTER, and sets up what the
 * cluster needs before nodes join: bootstrap RBAC and bootstrap tokens.
 */
export interface MasterInstallerClient extends grpc.Client {
  /**
   * Makes the masters match the plan; streams progress.
   */
  Apply(argument: _kdeploy_master_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyResponse__Output>;
  Apply(argument: _kdeploy_master_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyResponse__Output>;
  /**
   * Makes the masters match the plan; streams progress.
   */
  apply(argument: _kdeploy_master_v1_ApplyRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyResponse__Output>;
  apply(argument: _kdeploy_master_v1_ApplyRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyResponse__Output>;
  
  /**
   * Applies the cluster add-ons (CoreDNS, metrics-server) through the API from typed objects by
   * server-side apply, deletes those the request no longer names, and waits until they serve.
   */
  ApplyAddons(argument: _kdeploy_master_v1_ApplyAddonsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyAddonsResponse__Output>;
  ApplyAddons(argument: _kdeploy_master_v1_ApplyAddonsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyAddonsResponse__Output>;
  /**
   * Applies the cluster add-ons (CoreDNS, metrics-server) through the API from typed objects by
   * server-side apply, deletes those the request no longer names, and waits until they serve.
   */
  applyAddons(argument: _kdeploy_master_v1_ApplyAddonsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyAddonsResponse__Output>;
  applyAddons(argument: _kdeploy_master_v1_ApplyAddonsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_ApplyAddonsResponse__Output>;
  
  /**
   * Applies the RBAC objects TLS bootstrapping and the apiserver-to-kubelet path need.
   */
  ApplyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  ApplyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  ApplyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  ApplyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Applies the RBAC objects TLS bootstrapping and the apiserver-to-kubelet path need.
   */
  applyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  applyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  applyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  applyBootstrapRbac(argument: _kdeploy_master_v1_ApplyBootstrapRbacRequest, callback: grpc.requestCallback<_kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Checks the cluster from inside: every node Ready, a pod on every node, pod-to-pod traffic
   * across nodes, a Service answering, DNS resolving, the metrics API answering. Its own
   * namespace is deleted at the end; a failing check names what failed.
   */
  CheckCluster(argument: _kdeploy_master_v1_CheckClusterRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_CheckClusterResponse__Output>;
  CheckCluster(argument: _kdeploy_master_v1_CheckClusterRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_CheckClusterResponse__Output>;
  /**
   * Checks the cluster from inside: every node Ready, a pod on every node, pod-to-pod traffic
   * across nodes, a Service answering, DNS resolving, the metrics API answering. Its own
   * namespace is deleted at the end; a failing check names what failed.
   */
  checkCluster(argument: _kdeploy_master_v1_CheckClusterRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_CheckClusterResponse__Output>;
  checkCluster(argument: _kdeploy_master_v1_CheckClusterRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_CheckClusterResponse__Output>;
  
  /**
   * Creates a bootstrap token (a kube-system Secret) for kubelets to join with.
   */
  CreateBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates a bootstrap token (a kube-system Secret) for kubelets to join with.
   */
  createBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  createBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  createBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  createBootstrapToken(argument: _kdeploy_master_v1_CreateBootstrapTokenRequest, callback: grpc.requestCallback<_kdeploy_master_v1_CreateBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a bootstrap token before it expires.
   */
  DeleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  DeleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  DeleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  DeleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a bootstrap token before it expires.
   */
  deleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  deleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  deleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  deleteBootstrapToken(argument: _kdeploy_master_v1_DeleteBootstrapTokenRequest, callback: grpc.requestCallback<_kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Builds the admin kubeconfig for the cluster's endpoint.
   */
  GetAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  GetAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  GetAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  GetAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Builds the admin kubeconfig for the cluster's endpoint.
   */
  getAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  getAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  getAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  getAdminKubeconfig(argument: _kdeploy_master_v1_GetAdminKubeconfigRequest, callback: grpc.requestCallback<_kdeploy_master_v1_GetAdminKubeconfigResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan(argument: _kdeploy_master_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_master_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_master_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  Plan(argument: _kdeploy_master_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  plan(argument: _kdeploy_master_v1_PlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_master_v1_PlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_master_v1_PlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  plan(argument: _kdeploy_master_v1_PlanRequest, callback: grpc.requestCallback<_kdeploy_master_v1_PlanResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops the control plane and removes its units and files.
   */
  Remove(argument: _kdeploy_master_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_RemoveResponse__Output>;
  Remove(argument: _kdeploy_master_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_RemoveResponse__Output>;
  /**
   * Stops the control plane and removes its units and files.
   */
  remove(argument: _kdeploy_master_v1_RemoveRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_RemoveResponse__Output>;
  remove(argument: _kdeploy_master_v1_RemoveRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_kdeploy_master_v1_RemoveResponse__Output>;
  
  /**
   * Reports the components' health on each master.
   */
  Status(argument: _kdeploy_master_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_master_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_master_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _kdeploy_master_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports the components' health on each master.
   */
  status(argument: _kdeploy_master_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_master_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_master_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _kdeploy_master_v1_StatusRequest, callback: grpc.requestCallback<_kdeploy_master_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * MasterInstaller installs the control plane (kube-apiserver, kube-controller-manager,
 * kube-scheduler) as systemd services on the hosts with ROLE_MASTER, and sets up what the
 * cluster needs before nodes join: bootstrap RBAC and bootstrap tokens.
 */
export interface MasterInstallerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Makes the masters match the plan; streams progress.
   */
  Apply: grpc.handleServerStreamingCall<_kdeploy_master_v1_ApplyRequest__Output, _kdeploy_master_v1_ApplyResponse>;
  
  /**
   * Applies the cluster add-ons (CoreDNS, metrics-server) through the API from typed objects by
   * server-side apply, deletes those the request no longer names, and waits until they serve.
   */
  ApplyAddons: grpc.handleServerStreamingCall<_kdeploy_master_v1_ApplyAddonsRequest__Output, _kdeploy_master_v1_ApplyAddonsResponse>;
  
  /**
   * Applies the RBAC objects TLS bootstrapping and the apiserver-to-kubelet path need.
   */
  ApplyBootstrapRbac: grpc.handleUnaryCall<_kdeploy_master_v1_ApplyBootstrapRbacRequest__Output, _kdeploy_master_v1_ApplyBootstrapRbacResponse>;
  
  /**
   * Checks the cluster from inside: every node Ready, a pod on every node, pod-to-pod traffic
   * across nodes, a Service answering, DNS resolving, the metrics API answering. Its own
   * namespace is deleted at the end; a failing check names what failed.
   */
  CheckCluster: grpc.handleServerStreamingCall<_kdeploy_master_v1_CheckClusterRequest__Output, _kdeploy_master_v1_CheckClusterResponse>;
  
  /**
   * Creates a bootstrap token (a kube-system Secret) for kubelets to join with.
   */
  CreateBootstrapToken: grpc.handleUnaryCall<_kdeploy_master_v1_CreateBootstrapTokenRequest__Output, _kdeploy_master_v1_CreateBootstrapTokenResponse>;
  
  /**
   * Deletes a bootstrap token before it expires.
   */
  DeleteBootstrapToken: grpc.handleUnaryCall<_kdeploy_master_v1_DeleteBootstrapTokenRequest__Output, _kdeploy_master_v1_DeleteBootstrapTokenResponse>;
  
  /**
   * Builds the admin kubeconfig for the cluster's endpoint.
   */
  GetAdminKubeconfig: grpc.handleUnaryCall<_kdeploy_master_v1_GetAdminKubeconfigRequest__Output, _kdeploy_master_v1_GetAdminKubeconfigResponse>;
  
  /**
   * Computes the per-host changes Apply would make, touching nothing.
   */
  Plan: grpc.handleUnaryCall<_kdeploy_master_v1_PlanRequest__Output, _kdeploy_master_v1_PlanResponse>;
  
  /**
   * Stops the control plane and removes its units and files.
   */
  Remove: grpc.handleServerStreamingCall<_kdeploy_master_v1_RemoveRequest__Output, _kdeploy_master_v1_RemoveResponse>;
  
  /**
   * Reports the components' health on each master.
   */
  Status: grpc.handleUnaryCall<_kdeploy_master_v1_StatusRequest__Output, _kdeploy_master_v1_StatusResponse>;
  
}

export interface MasterInstallerDefinition extends grpc.ServiceDefinition {
  Apply: MethodDefinition<_kdeploy_master_v1_ApplyRequest, _kdeploy_master_v1_ApplyResponse, _kdeploy_master_v1_ApplyRequest__Output, _kdeploy_master_v1_ApplyResponse__Output>
  ApplyAddons: MethodDefinition<_kdeploy_master_v1_ApplyAddonsRequest, _kdeploy_master_v1_ApplyAddonsResponse, _kdeploy_master_v1_ApplyAddonsRequest__Output, _kdeploy_master_v1_ApplyAddonsResponse__Output>
  ApplyBootstrapRbac: MethodDefinition<_kdeploy_master_v1_ApplyBootstrapRbacRequest, _kdeploy_master_v1_ApplyBootstrapRbacResponse, _kdeploy_master_v1_ApplyBootstrapRbacRequest__Output, _kdeploy_master_v1_ApplyBootstrapRbacResponse__Output>
  CheckCluster: MethodDefinition<_kdeploy_master_v1_CheckClusterRequest, _kdeploy_master_v1_CheckClusterResponse, _kdeploy_master_v1_CheckClusterRequest__Output, _kdeploy_master_v1_CheckClusterResponse__Output>
  CreateBootstrapToken: MethodDefinition<_kdeploy_master_v1_CreateBootstrapTokenRequest, _kdeploy_master_v1_CreateBootstrapTokenResponse, _kdeploy_master_v1_CreateBootstrapTokenRequest__Output, _kdeploy_master_v1_CreateBootstrapTokenResponse__Output>
  DeleteBootstrapToken: MethodDefinition<_kdeploy_master_v1_DeleteBootstrapTokenRequest, _kdeploy_master_v1_DeleteBootstrapTokenResponse, _kdeploy_master_v1_DeleteBootstrapTokenRequest__Output, _kdeploy_master_v1_DeleteBootstrapTokenResponse__Output>
  GetAdminKubeconfig: MethodDefinition<_kdeploy_master_v1_GetAdminKubeconfigRequest, _kdeploy_master_v1_GetAdminKubeconfigResponse, _kdeploy_master_v1_GetAdminKubeconfigRequest__Output, _kdeploy_master_v1_GetAdminKubeconfigResponse__Output>
  Plan: MethodDefinition<_kdeploy_master_v1_PlanRequest, _kdeploy_master_v1_PlanResponse, _kdeploy_master_v1_PlanRequest__Output, _kdeploy_master_v1_PlanResponse__Output>
  Remove: MethodDefinition<_kdeploy_master_v1_RemoveRequest, _kdeploy_master_v1_RemoveResponse, _kdeploy_master_v1_RemoveRequest__Output, _kdeploy_master_v1_RemoveResponse__Output>
  Status: MethodDefinition<_kdeploy_master_v1_StatusRequest, _kdeploy_master_v1_StatusResponse, _kdeploy_master_v1_StatusRequest__Output, _kdeploy_master_v1_StatusResponse__Output>
}
