// Original file: proto/kdeploy/pki/v1/pki.proto

import type { CertificateProfile as _kdeploy_pki_v1_CertificateProfile, CertificateProfile__Output as _kdeploy_pki_v1_CertificateProfile__Output } from '../../../kdeploy/pki/v1/CertificateProfile';
import type { SubjectAlternativeNames as _kdeploy_pki_v1_SubjectAlternativeNames, SubjectAlternativeNames__Output as _kdeploy_pki_v1_SubjectAlternativeNames__Output } from '../../../kdeploy/pki/v1/SubjectAlternativeNames';

/**
 * SignCertificateRequestRequest asks to sign a CSR made on a host.
 */
export interface SignCertificateRequestRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Profile to sign against; it fixes the subject and usages.
   */
  'profile'?: (_kdeploy_pki_v1_CertificateProfile);
  /**
   * The PKCS#10 CSR, PEM. Its subject must be exactly the profile's; a CSR asking for another
   * name, a usage or a SAN the profile does not allow is refused and nothing is signed.
   */
  'csrPem'?: (string);
  /**
   * Host (node or member) name the certificate is for.
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
}

/**
 * SignCertificateRequestRequest asks to sign a CSR made on a host.
 */
export interface SignCertificateRequestRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Profile to sign against; it fixes the subject and usages.
   */
  'profile': (_kdeploy_pki_v1_CertificateProfile__Output);
  /**
   * The PKCS#10 CSR, PEM. Its subject must be exactly the profile's; a CSR asking for another
   * name, a usage or a SAN the profile does not allow is refused and nothing is signed.
   */
  'csrPem': (string);
  /**
   * Host (node or member) name the certificate is for.
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
}
