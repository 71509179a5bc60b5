/** The flags read from the bootstrap environment file (ETCD_INITIAL_CLUSTER, ...): bootstrap only. */
export const BOOTSTRAP_FLAGS = ['initial-cluster', 'initial-cluster-state', 'initial-cluster-token'] as const;

/** etcd reads flag NAME from ETCD_NAME with dashes as underscores. */
export const envName = (flag: string) => `ETCD_${flag.toUpperCase().replace(/-/g, '_')}`;

/** Go's names for the TLS 1.2 suites with forward secrecy and AEAD (the CIS benchmark's list). */
export const CIPHER_SUITES = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
];
