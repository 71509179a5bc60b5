// Original file: proto/kdeploy/common/v1/pki_source.proto

import type { CaCertificatePem as _kdeploy_common_v1_CaCertificatePem, CaCertificatePem__Output as _kdeploy_common_v1_CaCertificatePem__Output } from '../../../kdeploy/common/v1/CaCertificatePem';
import type { KeyPair as _kdeploy_common_v1_KeyPair, KeyPair__Output as _kdeploy_common_v1_KeyPair__Output } from '../../../kdeploy/common/v1/KeyPair';

/**
 * CertificateBundle holds ready-made certificates for an installer.
 */
export interface CertificateBundle {
  /**
   * CA certificates, PEM, to trust.
   */
  'cas'?: (_kdeploy_common_v1_CaCertificatePem)[];
  /**
   * Leaf certificates and their keys.
   */
  'keyPairs'?: (_kdeploy_common_v1_KeyPair)[];
}

/**
 * CertificateBundle holds ready-made certificates for an installer.
 */
export interface CertificateBundle__Output {
  /**
   * CA certificates, PEM, to trust.
   */
  'cas': (_kdeploy_common_v1_CaCertificatePem__Output)[];
  /**
   * Leaf certificates and their keys.
   */
  'keyPairs': (_kdeploy_common_v1_KeyPair__Output)[];
}
