// Original file: proto/kdeploy/common/v1/pki_source.proto

import type { PkiServiceRef as _kdeploy_common_v1_PkiServiceRef, PkiServiceRef__Output as _kdeploy_common_v1_PkiServiceRef__Output } from '../../../kdeploy/common/v1/PkiServiceRef';
import type { CertificateBundle as _kdeploy_common_v1_CertificateBundle, CertificateBundle__Output as _kdeploy_common_v1_CertificateBundle__Output } from '../../../kdeploy/common/v1/CertificateBundle';

/**
 * PkiSource tells an installer where its certificates come from.
 */
export interface PkiSource {
  /**
   * Ask pki-service: host identities are signed from CSRs made on the hosts, shared
   * identities are issued by it. The normal way.
   */
  'service'?: (_kdeploy_common_v1_PkiServiceRef | null);
  /**
   * Use the given certificates and keys as they are (a cluster whose PKI lives elsewhere).
   */
  'bundle'?: (_kdeploy_common_v1_CertificateBundle | null);
  /**
   * One of the two ways.
   */
  'source'?: "service"|"bundle";
}

/**
 * PkiSource tells an installer where its certificates come from.
 */
export interface PkiSource__Output {
  /**
   * Ask pki-service: host identities are signed from CSRs made on the hosts, shared
   * identities are issued by it. The normal way.
   */
  'service'?: (_kdeploy_common_v1_PkiServiceRef__Output | null);
  /**
   * Use the given certificates and keys as they are (a cluster whose PKI lives elsewhere).
   */
  'bundle'?: (_kdeploy_common_v1_CertificateBundle__Output | null);
  /**
   * One of the two ways.
   */
  'source'?: "service"|"bundle";
}
