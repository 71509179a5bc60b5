// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CertificateProfile as _kdeploy_pki_v1_CertificateProfile, CertificateProfile__Output as _kdeploy_pki_v1_CertificateProfile__Output } from '../../../kdeploy/pki/v1/CertificateProfile';
import type { SubjectAlternativeNames as _kdeploy_pki_v1_SubjectAlternativeNames, SubjectAlternativeNames__Output as _kdeploy_pki_v1_SubjectAlternativeNames__Output } from '../../../kdeploy/pki/v1/SubjectAlternativeNames';
import type { KeyAlgorithm as _kdeploy_pki_v1_KeyAlgorithm, KeyAlgorithm__Output as _kdeploy_pki_v1_KeyAlgorithm__Output } from '../../../kdeploy/pki/v1/KeyAlgorithm';

/**
 * IssueCertificateRequest asks for a certificate and a new key for a shared identity.
 */
export interface IssueCertificateRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Profile to issue.
   */
  'profile'?: (_kdeploy_pki_v1_CertificateProfile);
  /**
   * Host the identity is for, for per-host profiles; empty otherwise.
   */
  'host'?: (string);
  /**
   * SANs asked for.
   */
  'sans'?: (_kdeploy_pki_v1_SubjectAlternativeNames | null);
  /**
   * Validity in days; 0 means 365.
   */
  'validityDays'?: (number);
  /**
   * Algorithm of the new key; unspecified means the profile's.
   */
  'keyAlgorithm'?: (_kdeploy_pki_v1_KeyAlgorithm);
}

/**
 * IssueCertificateRequest asks for a certificate and a new key for a shared identity.
 */
export interface IssueCertificateRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Profile to issue.
   */
  'profile': (_kdeploy_pki_v1_CertificateProfile__Output);
  /**
   * Host the identity is for, for per-host profiles; empty otherwise.
   */
  'host': (string);
  /**
   * SANs asked for.
   */
  'sans': (_kdeploy_pki_v1_SubjectAlternativeNames__Output | null);
  /**
   * Validity in days; 0 means 365.
   */
  'validityDays': (number);
  /**
   * Algorithm of the new key; unspecified means the profile's.
   */
  'keyAlgorithm': (_kdeploy_pki_v1_KeyAlgorithm__Output);
}
