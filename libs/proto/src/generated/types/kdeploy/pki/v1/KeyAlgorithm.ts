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
  /**
   * ECDSA on NIST P-256 (for leaf keys; CAs stay RSA). Made in well under a millisecond where
   * an RSA 2048 key takes 0.1-0.3 s, at a strength like RSA 3072's.
   */
  KEY_ALGORITHM_ECDSA_P256: 'KEY_ALGORITHM_ECDSA_P256',
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
   * ECDSA on NIST P-256 (for leaf keys; CAs stay RSA). Made in well under a millisecond where
   * an RSA 2048 key takes 0.1-0.3 s, at a strength like RSA 3072's.
   */
  | 'KEY_ALGORITHM_ECDSA_P256'
  | 4

/**
 * KeyAlgorithm is the algorithm of a key pair that pki-service generates.
 */
export type KeyAlgorithm__Output = typeof KeyAlgorithm[keyof typeof KeyAlgorithm]
