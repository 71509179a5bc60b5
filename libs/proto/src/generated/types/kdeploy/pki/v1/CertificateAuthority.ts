// Original file: proto/kdeploy/pki/v1/pki.proto

/**
 * CertificateAuthority names one of a cluster's CAs.
 */
export const CertificateAuthority = {
  /**
   * Never sent.
   */
  CERTIFICATE_AUTHORITY_UNSPECIFIED: 'CERTIFICATE_AUTHORITY_UNSPECIFIED',
  /**
   * kubernetes-ca: the cluster CA.
   */
  CERTIFICATE_AUTHORITY_KUBERNETES: 'CERTIFICATE_AUTHORITY_KUBERNETES',
  /**
   * etcd-ca: etcd only.
   */
  CERTIFICATE_AUTHORITY_ETCD: 'CERTIFICATE_AUTHORITY_ETCD',
  /**
   * front-proxy-ca: the aggregation layer.
   */
  CERTIFICATE_AUTHORITY_FRONT_PROXY: 'CERTIFICATE_AUTHORITY_FRONT_PROXY',
} as const;

/**
 * CertificateAuthority names one of a cluster's CAs.
 */
export type CertificateAuthority =
  /**
   * Never sent.
   */
  | 'CERTIFICATE_AUTHORITY_UNSPECIFIED'
  | 0
  /**
   * kubernetes-ca: the cluster CA.
   */
  | 'CERTIFICATE_AUTHORITY_KUBERNETES'
  | 1
  /**
   * etcd-ca: etcd only.
   */
  | 'CERTIFICATE_AUTHORITY_ETCD'
  | 2
  /**
   * front-proxy-ca: the aggregation layer.
   */
  | 'CERTIFICATE_AUTHORITY_FRONT_PROXY'
  | 3

/**
 * CertificateAuthority names one of a cluster's CAs.
 */
export type CertificateAuthority__Output = typeof CertificateAuthority[keyof typeof CertificateAuthority]
