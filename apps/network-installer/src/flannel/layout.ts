import { posix } from 'node:path';

/** Where a node's pod-network pieces live; one place, so install, status, remove and tests agree. */
export const LAYOUT = {
  binDir: '/usr/local/bin',
  /** etcdctl for writing flannel's network config with flannel's own identity, kept apart from an etcd member's. */
  toolsDir: '/usr/local/lib/kdeploy/network',
  cacheDir: '/var/cache/kdeploy/artifacts',
  configDir: '/etc/flannel',
  pkiDir: '/etc/flannel/pki',
  /** The network config flanneld reads with the Kubernetes subnet manager (in etcd it is the prefix's `config` key). */
  netConf: '/etc/flannel/net-conf.json',
  kubeconfig: '/etc/flannel/kubeconfig',
  /** Written by flanneld once it holds a lease: the subnet, the MTU, whether it masquerades. */
  subnetEnv: '/run/flannel/subnet.env',
  runDir: '/run/flannel',
  cniConfDir: '/etc/cni/net.d',
  cniConf: '/etc/cni/net.d/10-flannel.conflist',
  /** host-local's allocations for the bridge network; they go with the network. */
  cniStateDirs: ['/var/lib/cni/networks/cbr0', '/var/lib/cni/flannel'],
  unitDir: '/etc/systemd/system',
} as const;

/** flanneld's own identities: a key made on the node, a certificate signed by pki-service. */
export const ETCD_CLIENT = { cert: posix.join(LAYOUT.pkiDir, 'etcd-client.crt'), key: posix.join(LAYOUT.pkiDir, 'etcd-client.key') };
export const ETCD_CA = posix.join(LAYOUT.pkiDir, 'etcd-ca.crt');
export const KUBE_CLIENT = { cert: posix.join(LAYOUT.pkiDir, 'kube-client.crt'), key: posix.join(LAYOUT.pkiDir, 'kube-client.key') };
export const KUBE_CA = posix.join(LAYOUT.pkiDir, 'kubernetes-ca.crt');

export const UNIT = 'flanneld.service';
/** The CNI network's name and its bridge, as flannel's CNI plugin names them. */
export const CNI_NETWORK = 'cbr0';
export const CNI_BRIDGE = 'cni0';
/** flanneld's health endpoint, on loopback only. */
export const HEALTHZ_PORT = 10267;
export const binPath = (name: string) => posix.join(LAYOUT.binDir, name);
export const toolPath = (name: string) => posix.join(LAYOUT.toolsDir, name);
