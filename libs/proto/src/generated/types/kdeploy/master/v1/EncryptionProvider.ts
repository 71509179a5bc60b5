// Original file: proto/kdeploy/master/v1/master.proto

/**
 * EncryptionProvider is the first provider of the EncryptionConfiguration.
 */
export const EncryptionProvider = {
  /**
   * secretbox.
   */
  ENCRYPTION_PROVIDER_UNSPECIFIED: 'ENCRYPTION_PROVIDER_UNSPECIFIED',
  /**
   * XSalsa20-Poly1305.
   */
  ENCRYPTION_PROVIDER_SECRETBOX: 'ENCRYPTION_PROVIDER_SECRETBOX',
  /**
   * AES-CBC with PKCS#7 padding.
   */
  ENCRYPTION_PROVIDER_AESCBC: 'ENCRYPTION_PROVIDER_AESCBC',
} as const;

/**
 * EncryptionProvider is the first provider of the EncryptionConfiguration.
 */
export type EncryptionProvider =
  /**
   * secretbox.
   */
  | 'ENCRYPTION_PROVIDER_UNSPECIFIED'
  | 0
  /**
   * XSalsa20-Poly1305.
   */
  | 'ENCRYPTION_PROVIDER_SECRETBOX'
  | 1
  /**
   * AES-CBC with PKCS#7 padding.
   */
  | 'ENCRYPTION_PROVIDER_AESCBC'
  | 2

/**
 * EncryptionProvider is the first provider of the EncryptionConfiguration.
 */
export type EncryptionProvider__Output = typeof EncryptionProvider[keyof typeof EncryptionProvider]
