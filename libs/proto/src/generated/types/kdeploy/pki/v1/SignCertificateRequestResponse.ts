// Original file: proto/kdeploy/pki/v1/pki.proto

import type { IssuedCertificate as _kdeploy_pki_v1_IssuedCertificate, IssuedCertificate__Output as _kdeploy_pki_v1_IssuedCertificate__Output } from '../../../kdeploy/pki/v1/IssuedCertificate';

/**
 * SignCertificateRequestResponse returns the signed certificate.
 */
export interface SignCertificateRequestResponse {
  /**
   * The certificate.
   */
  'certificate'?: (_kdeploy_pki_v1_IssuedCertificate | null);
}

/**
 * SignCertificateRequestResponse returns the signed certificate.
 */
export interface SignCertificateRequestResponse__Output {
  /**
   * The certificate.
   */
  'certificate': (_kdeploy_pki_v1_IssuedCertificate__Output | null);
}
