// Original file: proto/kdeploy/pki/v1/pki.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

/**
 * IssuedCertificate is a leaf certificate as signed.
 */
export interface IssuedCertificate {
  /**
   * Serial number, hex.
   */
  'serialNumber'?: (string);
  /**
   * The certificate, PEM.
   */
  'certificatePem'?: (string);
  /**
   * The signing CA's certificate, PEM, to build the chain.
   */
  'caCertificatePem'?: (string);
  /**
   * Start of validity.
   */
  'notBefore'?: (_google_protobuf_Timestamp | null);
  /**
   * End of validity.
   */
  'notAfter'?: (_google_protobuf_Timestamp | null);
}

/**
 * IssuedCertificate is a leaf certificate as signed.
 */
export interface IssuedCertificate__Output {
  /**
   * Serial number, hex.
   */
  'serialNumber': (string);
  /**
   * The certificate, PEM.
   */
  'certificatePem': (string);
  /**
   * The signing CA's certificate, PEM, to build the chain.
   */
  'caCertificatePem': (string);
  /**
   * Start of validity.
   */
  'notBefore': (_google_protobuf_Timestamp__Output | null);
  /**
   * End of validity.
   */
  'notAfter': (_google_protobuf_Timestamp__Output | null);
}
