// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CaCertificate as _kdeploy_pki_v1_CaCertificate, CaCertificate__Output as _kdeploy_pki_v1_CaCertificate__Output } from '../../../kdeploy/pki/v1/CaCertificate';

/**
 * InitClusterResponse returns the cluster's CA certificates.
 */
export interface InitClusterResponse {
  /**
   * The three CA certificates; empty in a dry run of a cluster that does not exist yet.
   */
  'cas'?: (_kdeploy_pki_v1_CaCertificate)[];
  /**
   * True when this call created the PKI (in a dry run: would create it); false when it existed already.
   */
  'created'?: (boolean);
  /**
   * True when the cluster existed and this call replaced its recorded facts (hosts, service
   * CIDR, domain, endpoint, validities) with different ones; false when they were the same.
   */
  'factsChanged'?: (boolean);
}

/**
 * InitClusterResponse returns the cluster's CA certificates.
 */
export interface InitClusterResponse__Output {
  /**
   * The three CA certificates; empty in a dry run of a cluster that does not exist yet.
   */
  'cas': (_kdeploy_pki_v1_CaCertificate__Output)[];
  /**
   * True when this call created the PKI (in a dry run: would create it); false when it existed already.
   */
  'created': (boolean);
  /**
   * True when the cluster existed and this call replaced its recorded facts (hosts, service
   * CIDR, domain, endpoint, validities) with different ones; false when they were the same.
   */
  'factsChanged': (boolean);
}
