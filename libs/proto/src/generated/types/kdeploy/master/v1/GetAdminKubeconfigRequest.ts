// Original file: proto/kdeploy/master/v1/master.proto

import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpoint';
import type { PkiSource as _kdeploy_common_v1_PkiSource, PkiSource__Output as _kdeploy_common_v1_PkiSource__Output } from '../../../kdeploy/common/v1/PkiSource';

/**
 * GetAdminKubeconfigRequest asks for the admin kubeconfig.
 */
export interface GetAdminKubeconfigRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * The endpoint the kubeconfig points at.
   */
  'endpoint'?: (_kdeploy_common_v1_ControlPlaneEndpoint | null);
  /**
   * Where the admin identity comes from.
   */
  'pki'?: (_kdeploy_common_v1_PkiSource | null);
  /**
   * Name of the cluster in the kubeconfig.
   */
  'clusterName'?: (string);
}

/**
 * GetAdminKubeconfigRequest asks for the admin kubeconfig.
 */
export interface GetAdminKubeconfigRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * The endpoint the kubeconfig points at.
   */
  'endpoint': (_kdeploy_common_v1_ControlPlaneEndpoint__Output | null);
  /**
   * Where the admin identity comes from.
   */
  'pki': (_kdeploy_common_v1_PkiSource__Output | null);
  /**
   * Name of the cluster in the kubeconfig.
   */
  'clusterName': (string);
}
