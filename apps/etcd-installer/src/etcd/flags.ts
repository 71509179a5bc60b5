/**
 * The etcd flags this installer may render, for the etcd minor of the bundle (3.7, which
 * Kubernetes v1.37 is released with): a subset of reference/etcd-v3.7/etcd.flags, generated
 * from the real binary's --help (a unit test pins that). A flag outside the table is a bug
 * here, not something to pass through.
 */
export const ETCD_FLAGS = new Set([
  'name',
  'data-dir',
  'listen-client-urls',
  'advertise-client-urls',
  'listen-peer-urls',
  'initial-advertise-peer-urls',
  'cert-file',
  'key-file',
  'trusted-ca-file',
  'client-cert-auth',
  'peer-cert-file',
  'peer-key-file',
  'peer-trusted-ca-file',
  'peer-client-cert-auth',
  'auto-tls',
  'peer-auto-tls',
  'logger',
  'log-outputs',
  'quota-backend-bytes',
  'heartbeat-interval',
  'election-timeout',
  'auto-compaction-mode',
  'auto-compaction-retention',
  'cipher-suites',
  'strict-reconfig-check',
  'pre-vote',
]);

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
