/**
 * The flanneld flags kdeploy renders; a unit test checks each against reference/flannel-v0.28,
 * read from the bundle's flanneld itself, so a flag the pinned release lacks is never written.
 */
export const FLANNELD_FLAGS: ReadonlySet<string> = new Set([
  'etcd-endpoints',
  'etcd-prefix',
  'etcd-cafile',
  'etcd-certfile',
  'etcd-keyfile',
  'kube-subnet-mgr',
  'kubeconfig-file',
  'net-config-path',
  'iface',
  'public-ip',
  'ip-masq',
  'subnet-file',
  'healthz-ip',
  'healthz-port',
]);
