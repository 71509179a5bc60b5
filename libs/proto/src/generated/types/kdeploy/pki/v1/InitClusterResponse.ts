// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CaCertificate as _kdeploy_pki_v1_CaCertificate, CaCertificate__Output as _kdeploy_pki_v1_CaCertificate__Output } from '../../../kdeploy/pki/v1/CaCertificate';

/**
 * InitClusterResponse returns the cluster's CA certificates.
 */
export interface InitClusterResponse {
  /**
   * The three CA certificates.
   */
  'cas'?: (_kdeploy_pki_v1_CaCertificate)[];
  /**
   * True when this call created the PKI; false when it existed already.
   */
  'created'?: (boolean);
}

/**
 * InitClusterResponse returns the cluster's CA certificates.
 */
export interface InitClusterResponse__Output {
  /**
   * The three CA certificates.
   */
  'cas': (_kdeploy_pki_v1_CaCertificate__Output)[];
  /**
   * True when this call created the PKI; false when it existed already.
   */
  'created': (boolean);
}
