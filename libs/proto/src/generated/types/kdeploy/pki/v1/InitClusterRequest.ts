// Original file: proto/kdeploy/pki/v1/pki.proto

import type { KeyAlgorithm as _kdeploy_pki_v1_KeyAlgorithm, KeyAlgorithm__Output as _kdeploy_pki_v1_KeyAlgorithm__Output } from '../../../kdeploy/pki/v1/KeyAlgorithm';

/**
 * InitClusterRequest asks for a cluster's PKI.
 */
export interface InitClusterRequest {
  /**
   * Cluster id.
   */
  'clusterId'?: (string);
  /**
   * Validity of new CAs in days; 0 means 3650.
   */
  'caValidityDays'?: (number);
  /**
   * Algorithm of new CA keys.
   */
  'keyAlgorithm'?: (_kdeploy_pki_v1_KeyAlgorithm);
}

/**
 * InitClusterRequest asks for a cluster's PKI.
 */
export interface InitClusterRequest__Output {
  /**
   * Cluster id.
   */
  'clusterId': (string);
  /**
   * Validity of new CAs in days; 0 means 3650.
   */
  'caValidityDays': (number);
  /**
   * Algorithm of new CA keys.
   */
  'keyAlgorithm': (_kdeploy_pki_v1_KeyAlgorithm__Output);
}
