import { posix } from 'node:path';
import { Component } from '../versions';

/** Where the control plane's pieces live on a master; one place, so install, remove and tests agree. */
export const LAYOUT = {
  binDir: '/usr/local/bin',
  /** Binaries are kept by hash, so a host that has a hash never receives those bytes again. */
  cacheDir: '/var/cache/kdeploy/artifacts',
  kubernetesDir: '/etc/kubernetes',
  pkiDir: '/etc/kubernetes/pki',
  configDir: '/etc/kubernetes/config',
  /** Its own directory, so it can be 0700 without hiding other components' logs. */
  auditLogDir: '/var/log/kubernetes/audit',
  unitDir: '/etc/systemd/system',
} as const;

/** Path of a component's binary. */
export const binPath = (c: Component) => posix.join(LAYOUT.binDir, c);
/** Path of a cached binary by its sha256. */
export const cachePath = (sha256: string) => posix.join(LAYOUT.cacheDir, sha256);
/** The systemd unit name of a component. */
export const unitName = (c: Component) => `${c}.service`;
/** Where a component's unit file goes. */
export const unitPath = (c: Component) => posix.join(LAYOUT.unitDir, unitName(c));

const inPki = (file: string) => posix.join(LAYOUT.pkiDir, file);
const pair = (name: string) => ({ cert: inPki(`${name}.crt`), key: inPki(`${name}.key`) });

/**
 * Certificates and keys on a master, by the pki-service profile they come from. No CA key is
 * here: the controller-manager signs kubelet CSRs with `clusterSigner`, an intermediate issued
 * for that purpose, so a master never holds the kubernetes-ca key.
 */
export const PKI = {
  /** kubernetes-ca's certificate alone: what pods get as ca.crt to verify the apiserver. */
  ca: inPki('ca.crt'),
  /**
   * kubernetes-ca followed by the cluster signer. Kubelet certificates signed in the cluster
   * chain to the signer, and the kubelet presents no intermediate, so whoever verifies them
   * (client-ca-file, kubelet-certificate-authority) needs both.
   */
  caBundle: inPki('ca-bundle.crt'),
  clusterSigner: pair('cluster-signer'),
  apiserver: pair('apiserver'),
  apiserverKubeletClient: pair('apiserver-kubelet-client'),
  /** etcd-ca's certificate only: the apiserver trusts no other CA for etcd. */
  etcdCa: inPki('etcd-ca.crt'),
  apiserverEtcdClient: pair('apiserver-etcd-client'),
  frontProxyCa: inPki('front-proxy-ca.crt'),
  frontProxyClient: pair('front-proxy-client'),
  /** The service-account key pair; not any CA's key. */
  serviceAccount: { publicKey: inPki('sa.pub'), privateKey: inPki('sa.key') },
} as const;

/** The kubeconfigs of the components that talk to the apiserver as clients. */
export const KUBECONFIG = {
  'kube-controller-manager': posix.join(LAYOUT.kubernetesDir, 'controller-manager.kubeconfig'),
  'kube-scheduler': posix.join(LAYOUT.kubernetesDir, 'scheduler.kubeconfig'),
} as const;

/** Component config files. The encryption config holds the secrets key: written 0600 and flagged secret. */
export const CONFIG = {
  scheduler: posix.join(LAYOUT.configDir, 'kube-scheduler.yaml'),
  encryption: posix.join(LAYOUT.configDir, 'encryption-config.yaml'),
  auditPolicy: posix.join(LAYOUT.configDir, 'audit-policy.yaml'),
  authentication: posix.join(LAYOUT.configDir, 'authentication-config.yaml'),
} as const;

/** The default audit log; the request may name another path. */
export const AUDIT_LOG = posix.join(LAYOUT.auditLogDir, 'audit.log');
