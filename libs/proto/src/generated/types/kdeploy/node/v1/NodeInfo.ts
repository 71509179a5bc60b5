// Original file: proto/kdeploy/node/v1/node.proto

import type { CertificateExpiry as _kdeploy_node_v1_CertificateExpiry, CertificateExpiry__Output as _kdeploy_node_v1_CertificateExpiry__Output } from '../../../kdeploy/node/v1/CertificateExpiry';

/**
 * NodeInfo is a Node as the apiserver reports it.
 */
export interface NodeInfo {
  /**
   * Node name.
   */
  'name'?: (string);
  /**
   * True when the Ready condition is True.
   */
  'ready'?: (boolean);
  /**
   * True when cordoned.
   */
  'unschedulable'?: (boolean);
  /**
   * kubelet version.
   */
  'kubeletVersion'?: (string);
  /**
   * Pod CIDR assigned to the node.
   */
  'podCidr'?: (string);
  /**
   * The container runtime and its version, as the kubelet reports it (e.g. "containerd://2.4.2").
   */
  'containerRuntimeVersion'?: (string);
  /**
   * The kubelet's certificates on the host and when each expires (hosts of the call only).
   */
  'certificates'?: (_kdeploy_node_v1_CertificateExpiry)[];
}

/**
 * NodeInfo is a Node as the apiserver reports it.
 */
export interface NodeInfo__Output {
  /**
   * Node name.
   */
  'name': (string);
  /**
   * True when the Ready condition is True.
   */
  'ready': (boolean);
  /**
   * True when cordoned.
   */
  'unschedulable': (boolean);
  /**
   * kubelet version.
   */
  'kubeletVersion': (string);
  /**
   * Pod CIDR assigned to the node.
   */
  'podCidr': (string);
  /**
   * The container runtime and its version, as the kubelet reports it (e.g. "containerd://2.4.2").
   */
  'containerRuntimeVersion': (string);
  /**
   * The kubelet's certificates on the host and when each expires (hosts of the call only).
   */
  'certificates': (_kdeploy_node_v1_CertificateExpiry__Output)[];
}
