// Original file: proto/kdeploy/pki/v1/pki.proto

/**
 * CertificateProfile fixes subject, key usages, allowed SANs and the signing CA of a
 * certificate.
 */
export const CertificateProfile = {
  /**
   * Never sent; refused.
   */
  CERTIFICATE_PROFILE_UNSPECIFIED: 'CERTIFICATE_PROFILE_UNSPECIFIED',
  /**
   * etcd member serving certificate (etcd-ca; server and client auth; member name and address).
   */
  CERTIFICATE_PROFILE_ETCD_SERVER: 'CERTIFICATE_PROFILE_ETCD_SERVER',
  /**
   * etcd member peer certificate (etcd-ca; server and client auth; member name and address).
   */
  CERTIFICATE_PROFILE_ETCD_PEER: 'CERTIFICATE_PROFILE_ETCD_PEER',
  /**
   * etcd client used by kube-apiserver (etcd-ca; client auth; CN kube-apiserver-etcd-client).
   */
  CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER: 'CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER',
  /**
   * etcd client for health checks and etcdctl (etcd-ca; client auth; CN kube-etcd-healthcheck-client).
   */
  CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK: 'CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK',
  /**
   * kube-apiserver serving certificate (kubernetes-ca; server auth; service IP, kubernetes.*, masters, LB, 127.0.0.1).
   */
  CERTIFICATE_PROFILE_APISERVER_SERVING: 'CERTIFICATE_PROFILE_APISERVER_SERVING',
  /**
   * kube-apiserver's client to kubelets (kubernetes-ca; client auth; O system:masters).
   */
  CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT: 'CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT',
  /**
   * Aggregation-layer client (front-proxy-ca; client auth; CN front-proxy-client).
   */
  CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT: 'CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT',
  /**
   * Cluster administrator (kubernetes-ca; client auth; CN kubernetes-admin, O system:masters).
   */
  CERTIFICATE_PROFILE_ADMIN: 'CERTIFICATE_PROFILE_ADMIN',
  /**
   * kube-controller-manager client (CN system:kube-controller-manager).
   */
  CERTIFICATE_PROFILE_CONTROLLER_MANAGER: 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER',
  /**
   * kube-scheduler client (CN system:kube-scheduler).
   */
  CERTIFICATE_PROFILE_SCHEDULER: 'CERTIFICATE_PROFILE_SCHEDULER',
  /**
   * kube-proxy client (CN system:kube-proxy).
   */
  CERTIFICATE_PROFILE_KUBE_PROXY: 'CERTIFICATE_PROFILE_KUBE_PROXY',
  /**
   * kubelet client identity (CN system:node:NAME, O system:nodes), when not from TLS bootstrapping.
   */
  CERTIFICATE_PROFILE_KUBELET_CLIENT: 'CERTIFICATE_PROFILE_KUBELET_CLIENT',
  /**
   * kubelet serving certificate (kubernetes-ca; server auth; node name and addresses).
   */
  CERTIFICATE_PROFILE_KUBELET_SERVING: 'CERTIFICATE_PROFILE_KUBELET_SERVING',
  /**
   * Intermediate signer given to kube-controller-manager (--cluster-signing-*) to sign
   * kubelet CSRs in the cluster, so the root key never leaves pki-service.
   */
  CERTIFICATE_PROFILE_CLUSTER_SIGNER: 'CERTIFICATE_PROFILE_CLUSTER_SIGNER',
  /**
   * flanneld's etcd client on a node (etcd-ca; client auth; CN flannel), signed from a CSR made
   * on that node: etcd maps the CN to the user whose role covers flannel's prefix and no more.
   */
  CERTIFICATE_PROFILE_ETCD_CLIENT_FLANNEL: 'CERTIFICATE_PROFILE_ETCD_CLIENT_FLANNEL',
  /**
   * flanneld's API client on a node with the Kubernetes subnet manager (kubernetes-ca; client
   * auth; CN kdeploy:flannel, bound to flannel's ClusterRole), signed from a CSR made on that node.
   */
  CERTIFICATE_PROFILE_FLANNEL: 'CERTIFICATE_PROFILE_FLANNEL',
  /**
   * metrics-server's serving certificate (kubernetes-ca; server auth; CN metrics-server; the
   * only name allowed is metrics-server.kube-system.svc, the name the aggregation layer checks).
   */
  CERTIFICATE_PROFILE_METRICS_SERVER_SERVING: 'CERTIFICATE_PROFILE_METRICS_SERVER_SERVING',
} as const;

/**
 * CertificateProfile fixes subject, key usages, allowed SANs and the signing CA of a
 * certificate.
 */
export type CertificateProfile =
  /**
   * Never sent; refused.
   */
  | 'CERTIFICATE_PROFILE_UNSPECIFIED'
  | 0
  /**
   * etcd member serving certificate (etcd-ca; server and client auth; member name and address).
   */
  | 'CERTIFICATE_PROFILE_ETCD_SERVER'
  | 1
  /**
   * etcd member peer certificate (etcd-ca; server and client auth; member name and address).
   */
  | 'CERTIFICATE_PROFILE_ETCD_PEER'
  | 2
  /**
   * etcd client used by kube-apiserver (etcd-ca; client auth; CN kube-apiserver-etcd-client).
   */
  | 'CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER'
  | 3
  /**
   * etcd client for health checks and etcdctl (etcd-ca; client auth; CN kube-etcd-healthcheck-client).
   */
  | 'CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK'
  | 4
  /**
   * kube-apiserver serving certificate (kubernetes-ca; server auth; service IP, kubernetes.*, masters, LB, 127.0.0.1).
   */
  | 'CERTIFICATE_PROFILE_APISERVER_SERVING'
  | 5
  /**
   * kube-apiserver's client to kubelets (kubernetes-ca; client auth; O system:masters).
   */
  | 'CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT'
  | 6
  /**
   * Aggregation-layer client (front-proxy-ca; client auth; CN front-proxy-client).
   */
  | 'CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT'
  | 7
  /**
   * Cluster administrator (kubernetes-ca; client auth; CN kubernetes-admin, O system:masters).
   */
  | 'CERTIFICATE_PROFILE_ADMIN'
  | 8
  /**
   * kube-controller-manager client (CN system:kube-controller-manager).
   */
  | 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER'
  | 9
  /**
   * kube-scheduler client (CN system:kube-scheduler).
   */
  | 'CERTIFICATE_PROFILE_SCHEDULER'
  | 10
  /**
   * kube-proxy client (CN system:kube-proxy).
   */
  | 'CERTIFICATE_PROFILE_KUBE_PROXY'
  | 11
  /**
   * kubelet client identity (CN system:node:NAME, O system:nodes), when not from TLS bootstrapping.
   */
  | 'CERTIFICATE_PROFILE_KUBELET_CLIENT'
  | 12
  /**
   * kubelet serving certificate (kubernetes-ca; server auth; node name and addresses).
   */
  | 'CERTIFICATE_PROFILE_KUBELET_SERVING'
  | 13
  /**
   * Intermediate signer given to kube-controller-manager (--cluster-signing-*) to sign
   * kubelet CSRs in the cluster, so the root key never leaves pki-service.
   */
  | 'CERTIFICATE_PROFILE_CLUSTER_SIGNER'
  | 14
  /**
   * flanneld's etcd client on a node (etcd-ca; client auth; CN flannel), signed from a CSR made
   * on that node: etcd maps the CN to the user whose role covers flannel's prefix and no more.
   */
  | 'CERTIFICATE_PROFILE_ETCD_CLIENT_FLANNEL'
  | 15
  /**
   * flanneld's API client on a node with the Kubernetes subnet manager (kubernetes-ca; client
   * auth; CN kdeploy:flannel, bound to flannel's ClusterRole), signed from a CSR made on that node.
   */
  | 'CERTIFICATE_PROFILE_FLANNEL'
  | 16
  /**
   * metrics-server's serving certificate (kubernetes-ca; server auth; CN metrics-server; the
   * only name allowed is metrics-server.kube-system.svc, the name the aggregation layer checks).
   */
  | 'CERTIFICATE_PROFILE_METRICS_SERVER_SERVING'
  | 17

/**
 * CertificateProfile fixes subject, key usages, allowed SANs and the signing CA of a
 * certificate.
 */
export type CertificateProfile__Output = typeof CertificateProfile[keyof typeof CertificateProfile]
