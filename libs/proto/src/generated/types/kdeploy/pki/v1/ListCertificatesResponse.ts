// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CertificateInfo as _kdeploy_pki_v1_CertificateInfo, CertificateInfo__Output as _kdeploy_pki_v1_CertificateInfo__Output } from '../../../kdeploy/pki/v1/CertificateInfo';

/**
 * ListCertificatesResponse is the expiry report, soonest expiry first.
 */
export interface ListCertificatesResponse {
  /**
   * The certificates, CAs included.
   */
  'certificates'?: (_kdeploy_pki_v1_CertificateInfo)[];
}

/**
 * ListCertificatesResponse is the expiry report, soonest expiry first.
 */
export interface ListCertificatesResponse__Output {
  /**
   * The certificates, CAs included.
   */
  'certificates': (_kdeploy_pki_v1_CertificateInfo__Output)[];
}
