// Original file: proto/kdeploy/pki/v1/pki.proto

/**
 * KeyAlgorithm is the algorithm of a key pair that pki-service generates.
 */
export const KeyAlgorithm = {
  /**
   * The profile's default (RSA 2048).
   */
  KEY_ALGORITHM_UNSPECIFIED: 'KEY_ALGORITHM_UNSPECIFIED',
  /**
   * RSA, 2048 bits.
   */
  KEY_ALGORITHM_RSA_2048: 'KEY_ALGORITHM_RSA_2048',
  /**
   * RSA, 3072 bits.
   */
  KEY_ALGORITHM_RSA_3072: 'KEY_ALGORITHM_RSA_3072',
  /**
   * RSA, 4096 bits.
   */
  KEY_ALGORITHM_RSA_4096: 'KEY_ALGORITHM_RSA_4096',
} as const;

/**
 * KeyAlgorithm is the algorithm of a key pair that pki-service generates.
 */
export type KeyAlgorithm =
  /**
   * The profile's default (RSA 2048).
   */
  | 'KEY_ALGORITHM_UNSPECIFIED'
  | 0
  /**
   * RSA, 2048 bits.
   */
  | 'KEY_ALGORITHM_RSA_2048'
  | 1
  /**
   * RSA, 3072 bits.
   */
  | 'KEY_ALGORITHM_RSA_3072'
  | 2
  /**
   * RSA, 4096 bits.
   */
  | 'KEY_ALGORITHM_RSA_4096'
  | 3

/**
 * KeyAlgorithm is the algorithm of a key pair that pki-service generates.
 */
export type KeyAlgorithm__Output = typeof KeyAlgorithm[keyof typeof KeyAlgorithm]
