// Original file: proto/kdeploy/pki/v1/pki.proto

import type { KeyAlgorithm as _kdeploy_pki_v1_KeyAlgorithm, KeyAlgorithm__Output as _kdeploy_pki_v1_KeyAlgorithm__Output } from '../../../kdeploy/pki/v1/KeyAlgorithm';
import type { Host as _kdeploy_common_v1_Host, Host__Output as _kdeploy_common_v1_Host__Output } from '../../../kdeploy/common/v1/Host';
import type { ControlPlaneEndpoint as _kdeploy_common_v1_ControlPlaneEndpoint, ControlPlaneEndpoint__Output as _kdeploy_common_v1_ControlPlaneEndpoint__Output } from '../../../kdeploy/common/v1/ControlPlaneEndpoint';

/**
 * InitClusterRequest asks for a cluster's PKI.
 */
export interface InitClusterRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Validity of new CAs in days; 0 means 3650.
   */
  'caValidityDays'?: (number);
  /**
   * Algorithm of new CA keys and of keys issued here; CSR keys must be at least as strong.
   */
  'keyAlgorithm'?: (_kdeploy_pki_v1_KeyAlgorithm);
  /**
   * Hosts of the cluster: the names and addresses host-bound profiles may carry, and which
   * host may hold which identity (an etcd member certificate only for an etcd host). A
   * repeated call replaces the recorded hosts (to grow or shrink the cluster), never the CAs.
   */
  'hosts'?: (_kdeploy_common_v1_Host)[];
  /**
   * Service CIDR; its first address (the apiserver's service IP) is an apiserver SAN.
   */
  'serviceCidr'?: (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local"; "kubernetes.default.svc.<domain>" is an apiserver SAN.
   */
  'clusterDomain'?: (string);
  /**
   * How clients reach the apiservers; a load balancer's address is an apiserver SAN.
   */
  'endpoint'?: (_kdeploy_common_v1_ControlPlaneEndpoint | null);
  /**
   * Default validity of leaf certificates in days; 0 means 365.
   */
  'leafValidityDays'?: (number);
  /**
   * Only report what the call would do (created, facts_changed), writing nothing: the dry run.
   */
  'dryRun'?: (boolean);
  /**
   * Algorithm of leaf keys: those issued here and those the installers make on the hosts.
   * Unspecified means key_algorithm (RSA). ECDSA P-256 applies to leaves only; CA keys follow
   * key_algorithm. CSRs with an RSA key at least key_algorithm's size stay signable either way.
   */
  'leafKeyAlgorithm'?: (_kdeploy_pki_v1_KeyAlgorithm);
}

/**
 * InitClusterRequest asks for a cluster's PKI.
 */
export interface InitClusterRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Validity of new CAs in days; 0 means 3650.
   */
  'caValidityDays': (number);
  /**
   * Algorithm of new CA keys and of keys issued here; CSR keys must be at least as strong.
   */
  'keyAlgorithm': (_kdeploy_pki_v1_KeyAlgorithm__Output);
  /**
   * Hosts of the cluster: the names and addresses host-bound profiles may carry, and which
   * host may hold which identity (an etcd member certificate only for an etcd host). A
   * repeated call replaces the recorded hosts (to grow or shrink the cluster), never the CAs.
   */
  'hosts': (_kdeploy_common_v1_Host__Output)[];
  /**
   * Service CIDR; its first address (the apiserver's service IP) is an apiserver SAN.
   */
  'serviceCidr': (string);
  /**
   * Cluster DNS domain, e.g. "cluster.local"; "kubernetes.default.svc.<domain>" is an apiserver SAN.
   */
  'clusterDomain': (string);
  /**
   * How clients reach the apiservers; a load balancer's address is an apiserver SAN.
   */
  'endpoint': (_kdeploy_common_v1_ControlPlaneEndpoint__Output | null);
  /**
   * Default validity of leaf certificates in days; 0 means 365.
   */
  'leafValidityDays': (number);
  /**
   * Only report what the call would do (created, facts_changed), writing nothing: the dry run.
   */
  'dryRun': (boolean);
  /**
   * Algorithm of leaf keys: those issued here and those the installers make on the hosts.
   * Unspecified means key_algorithm (RSA). ECDSA P-256 applies to leaves only; CA keys follow
   * key_algorithm. CSRs with an RSA key at least key_algorithm's size stay signable either way.
   */
  'leafKeyAlgorithm': (_kdeploy_pki_v1_KeyAlgorithm__Output);
}
