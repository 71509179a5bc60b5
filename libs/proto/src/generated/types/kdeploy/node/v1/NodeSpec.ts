// Original file: proto/kdeploy/node/v1/node.proto

import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpoint';
import type { ContainerRuntime as _kdeploy_node_v1_ContainerRuntime, ContainerRuntime__Output as _kdeploy_node_v1_ContainerRuntime__Output } from '../../../kdeploy/node/v1/ContainerRuntime';
import type { ProxyMode as _kdeploy_node_v1_ProxyMode, ProxyMode__Output as _kdeploy_node_v1_ProxyMode__Output } from '../../../kdeploy/node/v1/ProxyMode';
import type { HostPreparation as _kdeploy_node_v1_HostPreparation, HostPreparation__Output as _kdeploy_node_v1_HostPreparation__Output } from '../../../kdeploy/node/v1/HostPreparation';
import type { RuntimeKind as _kdeploy_node_v1_RuntimeKind, RuntimeKind__Output as _kdeploy_node_v1_RuntimeKind__Output } from '../../../kdeploy/node/v1/RuntimeKind';

/**
 * NodeSpec is the part of the cluster spec the nodes need.
 */
export interface NodeSpec {
  /**
   * Kubernetes version, e.g. "v1.37.2"; picks flags and config fields from the version table.
   */
  'kubernetesVersion'?: (string);
  /**
   * The apiserver endpoint kubelet and kube-proxy use.
   */
  'endpoint'?: (_kdeploy_common_v1_ControlPlaneEndpoint | null);
  /**
   * Cluster DNS IP, derived by libs/cluster-spec.
   */
  'clusterDnsIp'?: (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local".
   */
  'clusterDomain'?: (string);
  /**
   * Pod CIDR (kube-proxy clusterCIDR).
   */
  'podCidr'?: (string);
  /**
   * Container runtime.
   */
  'runtime'?: (_kdeploy_node_v1_ContainerRuntime | null);
  /**
   * kube-proxy mode.
   */
  'proxyMode'?: (_kdeploy_node_v1_ProxyMode);
  /**
   * kubelet maxPods; 0 means 110.
   */
  'maxPods'?: (number);
  /**
   * Labels to put on the Nodes.
   */
  'nodeLabels'?: ({[key: string]: string});
  /**
   * Taints to put on the Nodes, "key=value:Effect".
   */
  'taints'?: (string)[];
  /**
   * Host preparation.
   */
  'hostPreparation'?: (_kdeploy_node_v1_HostPreparation | null);
  /**
   * Accept hosts whose kernel runs cgroup v1: kubelets from v1.35 on refuse it unless
   * configured with failCgroupV1: false, which this sets (and warns about in the events).
   */
  'allowCgroupV1'?: (boolean);
  /**
   * A JSON object merged over the generated KubeletConfiguration (fields kdeploy does not
   * set, e.g. evictionHard); the security settings of security.md cannot be overridden.
   */
  'kubeletConfigOverridesJson'?: (string);
  /**
   * Hosts whose runtime differs from runtime.kind, by host name (e.g. one docker node among
   * containerd nodes). A host's runtime cannot change while it is installed: Apply refuses it.
   */
  'hostRuntimes'?: ({[key: string]: _kdeploy_node_v1_RuntimeKind});
}

/**
 * NodeSpec is the part of the cluster spec the nodes need.
 */
export interface NodeSpec__Output {
  /**
   * Kubernetes version, e.g. "v1.37.2"; picks flags and config fields from the version table.
   */
  'kubernetesVersion': (string);
  /**
   * The apiserver endpoint kubelet and kube-proxy use.
   */
  'endpoint': (_kdeploy_common_v1_ControlPlaneEndpoint__Output | null);
  /**
   * Cluster DNS IP, derived by libs/cluster-spec.
   */
  'clusterDnsIp': (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local".
   */
  'clusterDomain': (string);
  /**
   * Pod CIDR (kube-proxy clusterCIDR).
   */
  'podCidr': (string);
  /**
   * Container runtime.
   */
  'runtime': (_kdeploy_node_v1_ContainerRuntime__Output | null);
  /**
   * kube-proxy mode.
   */
  'proxyMode': (_kdeploy_node_v1_ProxyMode__Output);
  /**
   * kubelet maxPods; 0 means 110.
   */
  'maxPods': (number);
  /**
   * Labels to put on the Nodes.
   */
  'nodeLabels': ({[key: string]: string});
  /**
   * Taints to put on the Nodes, "key=value:Effect".
   */
  'taints': (string)[];
  /**
   * Host preparation.
   */
  'hostPreparation': (_kdeploy_node_v1_HostPreparation__Output | null);
  /**
   * Accept hosts whose kernel runs cgroup v1: kubelets from v1.35 on refuse it unless
   * configured with failCgroupV1: false, which this sets (and warns about in the events).
   */
  'allowCgroupV1': (boolean);
  /**
   * A JSON object merged over the generated KubeletConfiguration (fields kdeploy does not
   * set, e.g. evictionHard); the security settings of security.md cannot be overridden.
   */
  'kubeletConfigOverridesJson': (string);
  /**
   * Hosts whose runtime differs from runtime.kind, by host name (e.g. one docker node among
   * containerd nodes). A host's runtime cannot change while it is installed: Apply refuses it.
   */
  'hostRuntimes': ({[key: string]: _kdeploy_node_v1_RuntimeKind__Output});
}
