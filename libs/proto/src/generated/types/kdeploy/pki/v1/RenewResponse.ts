// Original file: proto/kdeploy/pki/v1/pki.proto

import type { IssuedCertificate as _kdeploy_pki_v1_IssuedCertificate, IssuedCertificate__Output as _kdeploy_pki_v1_IssuedCertificate__Output } from '../../../kdeploy/pki/v1/IssuedCertificate';

/**
 * RenewResponse returns the renewed certificate (same subject, SANs and public key).
 */
export interface RenewResponse {
  /**
   * The new certificate.
   */
  'certificate'?: (_kdeploy_pki_v1_IssuedCertificate | null);
}

/**
 * RenewResponse returns the renewed certificate (same subject, SANs and public key).
 */
export interface RenewResponse__Output {
  /**
   * The new certificate.
   */
  'certificate': (_kdeploy_pki_v1_IssuedCertificate__Output | null);
}
