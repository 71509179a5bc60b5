// Original file: proto/kdeploy/common/v1/endpoint.proto

import type { ControlPlaneEndpointMode as _kdeploy_common_v1_ControlPlaneEndpointMode, ControlPlaneEndpointMode__Output as _kdeploy_common_v1_ControlPlaneEndpointMode__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpointMode';

/**
 * ControlPlaneEndpoint is how kubelets, kube-proxy and clients reach the kube-apiservers.
 */
export interface ControlPlaneEndpoint {
  /**
   * How the endpoint is provided.
   */
  'mode'?: (_kdeploy_common_v1_ControlPlaneEndpointMode);
  /**
   * Address clients use: the load balancer's, the single master's, or 127.0.0.1 for the
   * local proxy.
   */
  'address'?: (string);
  /**
   * Port clients use; 0 means 6443.
   */
  'port'?: (number);
  /**
   * Addresses of every apiserver ("host:port"), which the local proxy balances across.
   */
  'backends'?: (string)[];
}

/**
 * ControlPlaneEndpoint is how kubelets, kube-proxy and clients reach the kube-apiservers.
 */
export interface ControlPlaneEndpoint__Output {
  /**
   * How the endpoint is provided.
   */
  'mode': (_kdeploy_common_v1_ControlPlaneEndpointMode__Output);
  /**
   * Address clients use: the load balancer's, the single master's, or 127.0.0.1 for the
   * local proxy.
   */
  'address': (string);
  /**
   * Port clients use; 0 means 6443.
   */
  'port': (number);
  /**
   * Addresses of every apiserver ("host:port"), which the local proxy balances across.
   */
  'backends': (string)[];
}
