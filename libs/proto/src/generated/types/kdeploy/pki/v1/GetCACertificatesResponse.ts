// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CaCertificate as _kdeploy_pki_v1_CaCertificate, CaCertificate__Output as _kdeploy_pki_v1_CaCertificate__Output } from '../../../kdeploy/pki/v1/CaCertificate';

/**
 * GetCACertificatesResponse holds a cluster's CA certificates.
 */
export interface GetCACertificatesResponse {
  /**
   * One per CA.
   */
  'cas'?: (_kdeploy_pki_v1_CaCertificate)[];
}

/**
 * GetCACertificatesResponse holds a cluster's CA certificates.
 */
export interface GetCACertificatesResponse__Output {
  /**
   * One per CA.
   */
  'cas': (_kdeploy_pki_v1_CaCertificate__Output)[];
}
