// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CertificateAuthority as _kdeploy_pki_v1_CertificateAuthority, CertificateAuthority__Output as _kdeploy_pki_v1_CertificateAuthority__Output } from '../../../kdeploy/pki/v1/CertificateAuthority';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * CaCertificate is one CA's certificate.
 */
export interface CaCertificate {
  /**
   * Which CA.
   */
  'authority'?: (_kdeploy_pki_v1_CertificateAuthority);
  /**
   * The certificate, PEM.
   */
  'certificatePem'?: (string);
  /**
   * End of validity.
   */
  'notAfter'?: (_google_protobuf_Timestamp | null);
}

/**
 * CaCertificate is one CA's certificate.
 */
export interface CaCertificate__Output {
  /**
   * Which CA.
   */
  'authority': (_kdeploy_pki_v1_CertificateAuthority__Output);
  /**
   * The certificate, PEM.
   */
  'certificatePem': (string);
  /**
   * End of validity.
   */
  'notAfter': (_google_protobuf_Timestamp__Output | null);
}
