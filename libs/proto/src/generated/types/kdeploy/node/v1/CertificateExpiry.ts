// Original file: proto/kdeploy/node/v1/node.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * CertificateExpiry is one certificate of a node and its end of validity.
 */
export interface CertificateExpiry {
  /**
   * Which: "kubelet-client" (rotated by the kubelet) or "kubelet-serving" (signed by pki-service).
   */
  'name'?: (string);
  /**
   * Its notAfter; unset when the host has no such certificate.
   */
  'notAfter'?: (_google_protobuf_Timestamp | null);
}

/**
 * CertificateExpiry is one certificate of a node and its end of validity.
 */
export interface CertificateExpiry__Output {
  /**
   * Which: "kubelet-client" (rotated by the kubelet) or "kubelet-serving" (signed by pki-service).
   */
  'name': (string);
  /**
   * Its notAfter; unset when the host has no such certificate.
   */
  'notAfter': (_google_protobuf_Timestamp__Output | null);
}
