import type { pkiV1 } from '@kdeploy/proto';
import { KUBECONFIG, PKI } from './layout';

/** Where a master's identity comes from: a CSR of a key made on the master, or issued whole by pki-service. */
export type IdentitySource = 'csr-from-host' | 'issued';

/** One certificate a master holds, the pki-service profile that makes it, and where it goes. */
export interface MasterIdentity {
  profile: pkiV1.CertificateProfile;
  source: IdentitySource;
  /** The files, or the kubeconfig that embeds them. */
  files: { cert: string; key: string } | { kubeconfig: string };
}

/**
 * Every certificate a master needs (architecture.md, PKI). Only the apiserver's serving key is
 * made on the master, because only it is tied to the host's names; the client identities are
 * issued by pki-service, keys included. The cluster signer is an intermediate issued for the
 * controller-manager's CSR signing, so the kubernetes-ca key never reaches a master.
 */
export const MASTER_IDENTITIES: readonly MasterIdentity[] = [
  { profile: 'CERTIFICATE_PROFILE_APISERVER_SERVING', source: 'csr-from-host', files: PKI.apiserver },
  { profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER', source: 'issued', files: PKI.apiserverEtcdClient },
  { profile: 'CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT', source: 'issued', files: PKI.apiserverKubeletClient },
  { profile: 'CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT', source: 'issued', files: PKI.frontProxyClient },
  { profile: 'CERTIFICATE_PROFILE_CLUSTER_SIGNER', source: 'issued', files: PKI.clusterSigner },
  { profile: 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER', source: 'issued', files: { kubeconfig: KUBECONFIG['kube-controller-manager'] } },
  { profile: 'CERTIFICATE_PROFILE_SCHEDULER', source: 'issued', files: { kubeconfig: KUBECONFIG['kube-scheduler'] } },
];
