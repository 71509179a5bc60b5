// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CaCertificate as _kdeploy_pki_v1_CaCertificate, CaCertificate__Output as _kdeploy_pki_v1_CaCertificate__Output } from '../../../kdeploy/pki/v1/CaCertificate';
import type { KeyAlgorithm as _kdeploy_pki_v1_KeyAlgorithm, KeyAlgorithm__Output as _kdeploy_pki_v1_KeyAlgorithm__Output } from '../../../kdeploy/pki/v1/KeyAlgorithm';

/**
 * GetCACertificatesResponse holds a cluster's CA certificates.
 */
export interface GetCACertificatesResponse {
  /**
   * One per CA.
   */
  'cas'?: (_kdeploy_pki_v1_CaCertificate)[];
  /**
   * The algorithm of the cluster's leaf keys, for the keys installers make on the hosts.
   */
  'leafKeyAlgorithm'?: (_kdeploy_pki_v1_KeyAlgorithm);
}

/**
 * GetCACertificatesResponse holds a cluster's CA certificates.
 */
export interface GetCACertificatesResponse__Output {
  /**
   * One per CA.
   */
  'cas': (_kdeploy_pki_v1_CaCertificate__Output)[];
  /**
   * The algorithm of the cluster's leaf keys, for the keys installers make on the hosts.
   */
  'leafKeyAlgorithm': (_kdeploy_pki_v1_KeyAlgorithm__Output);
}
