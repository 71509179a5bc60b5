// Original file: proto/kdeploy/pki/v1/pki.proto

import type { IssuedCertificate as _kdeploy_pki_v1_IssuedCertificate, IssuedCertificate__Output as _kdeploy_pki_v1_IssuedCertificate__Output } from '../../../kdeploy/pki/v1/IssuedCertificate';

/**
 * IssueCertificateResponse returns the certificate and its key.
 */
export interface IssueCertificateResponse {
  /**
   * The certificate.
   */
  'certificate'?: (_kdeploy_pki_v1_IssuedCertificate | null);
  /**
   * SECRET. The new private key, PEM.
   */
  'keyPem'?: (string);
}

/**
 * IssueCertificateResponse returns the certificate and its key.
 */
export interface IssueCertificateResponse__Output {
  /**
   * The certificate.
   */
  'certificate': (_kdeploy_pki_v1_IssuedCertificate__Output | null);
  /**
   * SECRET. The new private key, PEM.
   */
  'keyPem': (string);
}
