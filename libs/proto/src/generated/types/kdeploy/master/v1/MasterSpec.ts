// Original file: proto/kdeploy/master/v1/master.proto

import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpoint';
import type { AuditLog as _kdeploy_master_v1_AuditLog, AuditLog__Output as _kdeploy_master_v1_AuditLog__Output } from '../../../kdeploy/master/v1/AuditLog';
import type { SecretsEncryption as _kdeploy_master_v1_SecretsEncryption, SecretsEncryption__Output as _kdeploy_master_v1_SecretsEncryption__Output } from '../../../kdeploy/master/v1/SecretsEncryption';
import type { MasterMember as _kdeploy_master_v1_MasterMember, MasterMember__Output as _kdeploy_master_v1_MasterMember__Output } from '../../../kdeploy/master/v1/MasterMember';
import type { ApiserverSans as _kdeploy_master_v1_ApiserverSans, ApiserverSans__Output as _kdeploy_master_v1_ApiserverSans__Output } from '../../../kdeploy/master/v1/ApiserverSans';

/**
 * MasterSpec is the part of the cluster spec the control plane needs.
 */
export interface MasterSpec {
  /**
   * Kubernetes version, e.g. "v1.37.2"; picks flags from the version table and must match
   * the artifact manifest.
   */
  'kubernetesVersion'?: (string);
  /**
   * Service CIDR (--service-cluster-ip-range).
   */
  'serviceCidr'?: (string);
  /**
   * Pod CIDR (controller-manager --cluster-cidr).
   */
  'podCidr'?: (string);
  /**
   * Allocate per-node pod CIDRs in the controller-manager (flannel's kube-subnet-mgr needs it).
   */
  'allocateNodeCidrs'?: (boolean);
  /**
   * Per-node pod CIDR mask size; 0 means 24.
   */
  'nodeCidrMaskSize'?: (number);
  /**
   * NodePort range, e.g. "30000-32767"; empty means the default.
   */
  'serviceNodePortRange'?: (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local".
   */
  'clusterDomain'?: (string);
  /**
   * First IP of the service CIDR, derived by libs/cluster-spec.
   */
  'apiserverServiceIp'?: (string);
  /**
   * The apiserver endpoint.
   */
  'endpoint'?: (_kdeploy_common_v1_ControlPlaneEndpoint | null);
  /**
   * etcd client URLs, e.g. "https://10.0.0.1:2379".
   */
  'etcdEndpoints'?: (string)[];
  /**
   * Audit log settings.
   */
  'audit'?: (_kdeploy_master_v1_AuditLog | null);
  /**
   * Encryption of Secrets at rest.
   */
  'secretsEncryption'?: (_kdeploy_master_v1_SecretsEncryption | null);
  /**
   * Feature gates for every component, name to enabled.
   */
  'featureGates'?: ({[key: string]: boolean});
  /**
   * Every master with the address its apiserver advertises and binds, as the cluster spec
   * derives them; the installer derives none itself.
   */
  'masters'?: (_kdeploy_master_v1_MasterMember)[];
  /**
   * Every name and address the apiserver serving certificate covers (service IP,
   * kubernetes.default.svc.<domain> names, every master, the endpoint), as derived.
   */
  'apiserverSans'?: (_kdeploy_master_v1_ApiserverSans | null);
  /**
   * Port the apiservers listen on; 0 means 6443. The endpoint's port may differ (a load
   * balancer).
   */
  'securePort'?: (number);
  /**
   * Name of the cluster in kubeconfigs; empty means "kubernetes".
   */
  'clusterName'?: (string);
}

/**
 * MasterSpec is the part of the cluster spec the control plane needs.
 */
export interface MasterSpec__Output {
  /**
   * Kubernetes version, e.g. "v1.37.2"; picks flags from the version table and must match
   * the artifact manifest.
   */
  'kubernetesVersion': (string);
  /**
   * Service CIDR (--service-cluster-ip-range).
   */
  'serviceCidr': (string);
  /**
   * Pod CIDR (controller-manager --cluster-cidr).
   */
  'podCidr': (string);
  /**
   * Allocate per-node pod CIDRs in the controller-manager (flannel's kube-subnet-mgr needs it).
   */
  'allocateNodeCidrs': (boolean);
  /**
   * Per-node pod CIDR mask size; 0 means 24.
   */
  'nodeCidrMaskSize': (number);
  /**
   * NodePort range, e.g. "30000-32767"; empty means the default.
   */
  'serviceNodePortRange': (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local".
   */
  'clusterDomain': (string);
  /**
   * First IP of the service CIDR, derived by libs/cluster-spec.
   */
  'apiserverServiceIp': (string);
  /**
   * The apiserver endpoint.
   */
  'endpoint': (_kdeploy_common_v1_ControlPlaneEndpoint__Output | null);
  /**
   * etcd client URLs, e.g. "https://10.0.0.1:2379".
   */
  'etcdEndpoints': (string)[];
  /**
   * Audit log settings.
   */
  'audit': (_kdeploy_master_v1_AuditLog__Output | null);
  /**
   * Encryption of Secrets at rest.
   */
  'secretsEncryption': (_kdeploy_master_v1_SecretsEncryption__Output | null);
  /**
   * Feature gates for every component, name to enabled.
   */
  'featureGates': ({[key: string]: boolean});
  /**
   * Every master with the address its apiserver advertises and binds, as the cluster spec
   * derives them; the installer derives none itself.
   */
  'masters': (_kdeploy_master_v1_MasterMember__Output)[];
  /**
   * Every name and address the apiserver serving certificate covers (service IP,
   * kubernetes.default.svc.<domain> names, every master, the endpoint), as derived.
   */
  'apiserverSans': (_kdeploy_master_v1_ApiserverSans__Output | null);
  /**
   * Port the apiservers listen on; 0 means 6443. The endpoint's port may differ (a load
   * balancer).
   */
  'securePort': (number);
  /**
   * Name of the cluster in kubeconfigs; empty means "kubernetes".
   */
  'clusterName': (string);
}
