// Original file: proto/kdeploy/master/v1/master.proto

import type { EncryptionProvider as _kdeploy_master_v1_EncryptionProvider, EncryptionProvider__Output as _kdeploy_master_v1_EncryptionProvider__Output } from '../../../kdeploy/master/v1/EncryptionProvider';

/**
 * SecretsEncryption configures the apiserver EncryptionConfiguration.
 */
export interface SecretsEncryption {
  /**
   * First provider; identity is never allowed.
   */
  'provider'?: (_kdeploy_master_v1_EncryptionProvider);
  /**
   * SECRET. Base64 32-byte key. Empty means keep the key on the masters, or generate one
   * on the first Apply.
   */
  'encryptionKey'?: (string);
}

/**
 * SecretsEncryption configures the apiserver EncryptionConfiguration.
 */
export interface SecretsEncryption__Output {
  /**
   * First provider; identity is never allowed.
   */
  'provider': (_kdeploy_master_v1_EncryptionProvider__Output);
  /**
   * SECRET. Base64 32-byte key. Empty means keep the key on the masters, or generate one
   * on the first Apply.
   */
  'encryptionKey': (string);
}
