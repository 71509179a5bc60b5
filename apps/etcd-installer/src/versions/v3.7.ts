/**
 * The etcd flags this installer may render, for the etcd minor of the bundle (3.7, which
 * Kubernetes v1.37 is released with): a subset of reference/etcd-v3.7/etcd.flags, generated
 * from the real binary's --help (a unit test pins that). A flag outside the table is a bug
 * here, not something to pass through.
 */
export const FLAGS_3_7: ReadonlySet<string> = new Set([
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
