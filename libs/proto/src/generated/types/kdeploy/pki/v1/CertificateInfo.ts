// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CertificateProfile as _kdeploy_pki_v1_CertificateProfile, CertificateProfile__Output as _kdeploy_pki_v1_CertificateProfile__Output } from '../../../kdeploy/pki/v1/CertificateProfile';
import type { CertificateAuthority as _kdeploy_pki_v1_CertificateAuthority, CertificateAuthority__Output as _kdeploy_pki_v1_CertificateAuthority__Output } from '../../../kdeploy/pki/v1/CertificateAuthority';
import type { SubjectAlternativeNames as _kdeploy_pki_v1_SubjectAlternativeNames, SubjectAlternativeNames__Output as _kdeploy_pki_v1_SubjectAlternativeNames__Output } from '../../../kdeploy/pki/v1/SubjectAlternativeNames';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * CertificateInfo describes an issued certificate (never its key).
 */
export interface CertificateInfo {
  /**
   * Serial number, hex.
   */
  'serialNumber'?: (string);
  /**
   * Profile it was issued for; unspecified for a CA.
   */
  'profile'?: (_kdeploy_pki_v1_CertificateProfile);
  /**
   * Signing CA (for a CA: itself).
   */
  'authority'?: (_kdeploy_pki_v1_CertificateAuthority);
  /**
   * Subject common name.
   */
  'commonName'?: (string);
  /**
   * Subject organizations.
   */
  'organizations'?: (string)[];
  /**
   * SANs.
   */
  'sans'?: (_kdeploy_pki_v1_SubjectAlternativeNames | null);
  /**
   * Host it belongs to; empty for shared identities.
   */
  'host'?: (string);
  /**
   * Start of validity.
   */
  'notBefore'?: (_google_protobuf_Timestamp | null);
  /**
   * End of validity.
   */
  'notAfter'?: (_google_protobuf_Timestamp | null);
  /**
   * True when revoked.
   */
  'revoked'?: (boolean);
  /**
   * True for a CA certificate.
   */
  'isCa'?: (boolean);
}

/**
 * CertificateInfo describes an issued certificate (never its key).
 */
export interface CertificateInfo__Output {
  /**
   * Serial number, hex.
   */
  'serialNumber': (string);
  /**
   * Profile it was issued for; unspecified for a CA.
   */
  'profile': (_kdeploy_pki_v1_CertificateProfile__Output);
  /**
   * Signing CA (for a CA: itself).
   */
  'authority': (_kdeploy_pki_v1_CertificateAuthority__Output);
  /**
   * Subject common name.
   */
  'commonName': (string);
  /**
   * Subject organizations.
   */
  'organizations': (string)[];
  /**
   * SANs.
   */
  'sans': (_kdeploy_pki_v1_SubjectAlternativeNames__Output | null);
  /**
   * Host it belongs to; empty for shared identities.
   */
  'host': (string);
  /**
   * Start of validity.
   */
  'notBefore': (_google_protobuf_Timestamp__Output | null);
  /**
   * End of validity.
   */
  'notAfter': (_google_protobuf_Timestamp__Output | null);
  /**
   * True when revoked.
   */
  'revoked': (boolean);
  /**
   * True for a CA certificate.
   */
  'isCa': (boolean);
}
