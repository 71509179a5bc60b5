// Original file: proto/kdeploy/pki/v1/pki.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DeleteClusterRequest as _kdeploy_pki_v1_DeleteClusterRequest, DeleteClusterRequest__Output as _kdeploy_pki_v1_DeleteClusterRequest__Output } from '../../../kdeploy/pki/v1/DeleteClusterRequest';
import type { DeleteClusterResponse as _kdeploy_pki_v1_DeleteClusterResponse, DeleteClusterResponse__Output as _kdeploy_pki_v1_DeleteClusterResponse__Output } from '../../../kdeploy/pki/v1/DeleteClusterResponse';
import type { GetCACertificatesRequest as _kdeploy_pki_v1_GetCACertificatesRequest, GetCACertificatesRequest__Output as _kdeploy_pki_v1_GetCACertificatesRequest__Output } from '../../../kdeploy/pki/v1/GetCACertificatesRequest';
import type { GetCACertificatesResponse as _kdeploy_pki_v1_GetCACertificatesResponse, GetCACertificatesResponse__Output as _kdeploy_pki_v1_GetCACertificatesResponse__Output } from '../../../kdeploy/pki/v1/GetCACertificatesResponse';
import type { GetSecretsEncryptionKeyRequest as _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, GetSecretsEncryptionKeyRequest__Output as _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest__Output } from '../../../kdeploy/pki/v1/GetSecretsEncryptionKeyRequest';
import type { GetSecretsEncryptionKeyResponse as _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse, GetSecretsEncryptionKeyResponse__Output as _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output } from '../../../kdeploy/pki/v1/GetSecretsEncryptionKeyResponse';
import type { GetServiceAccountKeysRequest as _kdeploy_pki_v1_GetServiceAccountKeysRequest, GetServiceAccountKeysRequest__Output as _kdeploy_pki_v1_GetServiceAccountKeysRequest__Output } from '../../../kdeploy/pki/v1/GetServiceAccountKeysRequest';
import type { GetServiceAccountKeysResponse as _kdeploy_pki_v1_GetServiceAccountKeysResponse, GetServiceAccountKeysResponse__Output as _kdeploy_pki_v1_GetServiceAccountKeysResponse__Output } from '../../../kdeploy/pki/v1/GetServiceAccountKeysResponse';
import type { InitClusterRequest as _kdeploy_pki_v1_InitClusterRequest, InitClusterRequest__Output as _kdeploy_pki_v1_InitClusterRequest__Output } from '../../../kdeploy/pki/v1/InitClusterRequest';
import type { InitClusterResponse as _kdeploy_pki_v1_InitClusterResponse, InitClusterResponse__Output as _kdeploy_pki_v1_InitClusterResponse__Output } from '../../../kdeploy/pki/v1/InitClusterResponse';
import type { IssueCertificateRequest as _kdeploy_pki_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _kdeploy_pki_v1_IssueCertificateRequest__Output } from '../../../kdeploy/pki/v1/IssueCertificateRequest';
import type { IssueCertificateResponse as _kdeploy_pki_v1_IssueCertificateResponse, IssueCertificateResponse__Output as _kdeploy_pki_v1_IssueCertificateResponse__Output } from '../../../kdeploy/pki/v1/IssueCertificateResponse';
import type { ListCertificatesRequest as _kdeploy_pki_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _kdeploy_pki_v1_ListCertificatesRequest__Output } from '../../../kdeploy/pki/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _kdeploy_pki_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _kdeploy_pki_v1_ListCertificatesResponse__Output } from '../../../kdeploy/pki/v1/ListCertificatesResponse';
import type { RenewRequest as _kdeploy_pki_v1_RenewRequest, RenewRequest__Output as _kdeploy_pki_v1_RenewRequest__Output } from '../../../kdeploy/pki/v1/RenewRequest';
import type { RenewResponse as _kdeploy_pki_v1_RenewResponse, RenewResponse__Output as _kdeploy_pki_v1_RenewResponse__Output } from '../../../kdeploy/pki/v1/RenewResponse';
import type { RevokeRequest as _kdeploy_pki_v1_RevokeRequest, RevokeRequest__Output as _kdeploy_pki_v1_RevokeRequest__Output } from '../../../kdeploy/pki/v1/RevokeRequest';
import type { RevokeResponse as _kdeploy_pki_v1_RevokeResponse, RevokeResponse__Output as _kdeploy_pki_v1_RevokeResponse__Output } from '../../../kdeploy/pki/v1/RevokeResponse';
import type { SignCertificateRequestRequest as _kdeploy_pki_v1_SignCertificateRequestRequest, SignCertificateRequestRequest__Output as _kdeploy_pki_v1_SignCertificateRequestRequest__Output } from '../../../kdeploy/pki/v1/SignCertificateRequestRequest';
import type { SignCertificateRequestResponse as _kdeploy_pki_v1_SignCertificateRequestResponse, SignCertificateRequestResponse__Output as _kdeploy_pki_v1_SignCertificateRequestResponse__Output } from '../../../kdeploy/pki/v1/SignCertificateRequestResponse';

/**
 * PkiService owns every cluster's CAs and service-account key pair. CA private keys never
 * leave it. Host identities are signed from CSRs (the key stays on the host); shared
 * identities (admin, controller-manager, ...) are issued with their key.
 */
export interface PkiServiceClient extends grpc.Client {
  /**
   * Deletes a cluster's CAs, service-account key pair and certificate records for good: a
   * cluster deployed again under the same id then gets new CAs. Only on request (a purge).
   */
  DeleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  DeleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  DeleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  DeleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a cluster's CAs, service-account key pair and certificate records for good: a
   * cluster deployed again under the same id then gets new CAs. Only on request (a purge).
   */
  deleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  deleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  deleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  deleteCluster(argument: _kdeploy_pki_v1_DeleteClusterRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_DeleteClusterResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the CA certificates (never their keys).
   */
  GetCACertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  GetCACertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  GetCACertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  GetCACertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the CA certificates (never their keys).
   */
  getCaCertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  getCaCertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  getCaCertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  getCaCertificates(argument: _kdeploy_pki_v1_GetCACertificatesRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetCACertificatesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the cluster's key for encrypting Secrets at rest (the apiserver's
   * EncryptionConfiguration): made once per cluster on the first call, kept sealed in the store.
   */
  GetSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  GetSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  GetSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  GetSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the cluster's key for encrypting Secrets at rest (the apiserver's
   * EncryptionConfiguration): made once per cluster on the first call, kept sealed in the store.
   */
  getSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  getSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  getSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  getSecretsEncryptionKey(argument: _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Returns the service-account key pair (the apiserver and controller-manager need it).
   */
  GetServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  GetServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  GetServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  GetServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Returns the service-account key pair (the apiserver and controller-manager need it).
   */
  getServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  getServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  getServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  getServiceAccountKeys(argument: _kdeploy_pki_v1_GetServiceAccountKeysRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates the cluster's CAs and service-account key pair when absent; never replaces
   * existing ones, so re-running a deployment keeps its CAs.
   */
  InitCluster(argument: _kdeploy_pki_v1_InitClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  InitCluster(argument: _kdeploy_pki_v1_InitClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  InitCluster(argument: _kdeploy_pki_v1_InitClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  InitCluster(argument: _kdeploy_pki_v1_InitClusterRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates the cluster's CAs and service-account key pair when absent; never replaces
   * existing ones, so re-running a deployment keeps its CAs.
   */
  initCluster(argument: _kdeploy_pki_v1_InitClusterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  initCluster(argument: _kdeploy_pki_v1_InitClusterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  initCluster(argument: _kdeploy_pki_v1_InitClusterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  initCluster(argument: _kdeploy_pki_v1_InitClusterRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_InitClusterResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Issues a certificate with a new key pair for a shared identity.
   */
  IssueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Issues a certificate with a new key pair for a shared identity.
   */
  issueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _kdeploy_pki_v1_IssueCertificateRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_IssueCertificateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lists issued certificates with their expiry: the expiry report.
   */
  ListCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Lists issued certificates with their expiry: the expiry report.
   */
  listCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _kdeploy_pki_v1_ListCertificatesRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Re-signs a certificate for the same public key with a new validity, before it expires.
   */
  Renew(argument: _kdeploy_pki_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _kdeploy_pki_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _kdeploy_pki_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  Renew(argument: _kdeploy_pki_v1_RenewRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Re-signs a certificate for the same public key with a new validity, before it expires.
   */
  renew(argument: _kdeploy_pki_v1_RenewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _kdeploy_pki_v1_RenewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _kdeploy_pki_v1_RenewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  renew(argument: _kdeploy_pki_v1_RenewRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_RenewResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Marks a certificate revoked; it is no longer renewed or listed as valid.
   */
  Revoke(argument: _kdeploy_pki_v1_RevokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  Revoke(argument: _kdeploy_pki_v1_RevokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  Revoke(argument: _kdeploy_pki_v1_RevokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  Revoke(argument: _kdeploy_pki_v1_RevokeRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Marks a certificate revoked; it is no longer renewed or listed as valid.
   */
  revoke(argument: _kdeploy_pki_v1_RevokeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  revoke(argument: _kdeploy_pki_v1_RevokeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  revoke(argument: _kdeploy_pki_v1_RevokeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  revoke(argument: _kdeploy_pki_v1_RevokeRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_RevokeResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Signs a CSR made on a host against a profile that fixes CN, O, usages and allowed SANs.
   */
  SignCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  SignCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  SignCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  SignCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Signs a CSR made on a host against a profile that fixes CN, O, usages and allowed SANs.
   */
  signCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  signCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  signCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  signCertificateRequest(argument: _kdeploy_pki_v1_SignCertificateRequestRequest, callback: grpc.requestCallback<_kdeploy_pki_v1_SignCertificateRequestResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * PkiService owns every cluster's CAs and service-account key pair. CA private keys never
 * leave it. Host identities are signed from CSRs (the key stays on the host); shared
 * identities (admin, controller-manager, ...) are issued with their key.
 */
export interface PkiServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Deletes a cluster's CAs, service-account key pair and certificate records for good: a
   * cluster deployed again under the same id then gets new CAs. Only on request (a purge).
   */
  DeleteCluster: grpc.handleUnaryCall<_kdeploy_pki_v1_DeleteClusterRequest__Output, _kdeploy_pki_v1_DeleteClusterResponse>;
  
  /**
   * Returns the CA certificates (never their keys).
   */
  GetCACertificates: grpc.handleUnaryCall<_kdeploy_pki_v1_GetCACertificatesRequest__Output, _kdeploy_pki_v1_GetCACertificatesResponse>;
  
  /**
   * Returns the cluster's key for encrypting Secrets at rest (the apiserver's
   * EncryptionConfiguration): made once per cluster on the first call, kept sealed in the store.
   */
  GetSecretsEncryptionKey: grpc.handleUnaryCall<_kdeploy_pki_v1_GetSecretsEncryptionKeyRequest__Output, _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse>;
  
  /**
   * Returns the service-account key pair (the apiserver and controller-manager need it).
   */
  GetServiceAccountKeys: grpc.handleUnaryCall<_kdeploy_pki_v1_GetServiceAccountKeysRequest__Output, _kdeploy_pki_v1_GetServiceAccountKeysResponse>;
  
  /**
   * Creates the cluster's CAs and service-account key pair when absent; never replaces
   * existing ones, so re-running a deployment keeps its CAs.
   */
  InitCluster: grpc.handleUnaryCall<_kdeploy_pki_v1_InitClusterRequest__Output, _kdeploy_pki_v1_InitClusterResponse>;
  
  /**
   * Issues a certificate with a new key pair for a shared identity.
   */
  IssueCertificate: grpc.handleUnaryCall<_kdeploy_pki_v1_IssueCertificateRequest__Output, _kdeploy_pki_v1_IssueCertificateResponse>;
  
  /**
   * Lists issued certificates with their expiry: the expiry report.
   */
  ListCertificates: grpc.handleUnaryCall<_kdeploy_pki_v1_ListCertificatesRequest__Output, _kdeploy_pki_v1_ListCertificatesResponse>;
  
  /**
   * Re-signs a certificate for the same public key with a new validity, before it expires.
   */
  Renew: grpc.handleUnaryCall<_kdeploy_pki_v1_RenewRequest__Output, _kdeploy_pki_v1_RenewResponse>;
  
  /**
   * Marks a certificate revoked; it is no longer renewed or listed as valid.
   */
  Revoke: grpc.handleUnaryCall<_kdeploy_pki_v1_RevokeRequest__Output, _kdeploy_pki_v1_RevokeResponse>;
  
  /**
   * Signs a CSR made on a host against a profile that fixes CN, O, usages and allowed SANs.
   */
  SignCertificateRequest: grpc.handleUnaryCall<_kdeploy_pki_v1_SignCertificateRequestRequest__Output, _kdeploy_pki_v1_SignCertificateRequestResponse>;
  
}

export interface PkiServiceDefinition extends grpc.ServiceDefinition {
  DeleteCluster: MethodDefinition<_kdeploy_pki_v1_DeleteClusterRequest, _kdeploy_pki_v1_DeleteClusterResponse, _kdeploy_pki_v1_DeleteClusterRequest__Output, _kdeploy_pki_v1_DeleteClusterResponse__Output>
  GetCACertificates: MethodDefinition<_kdeploy_pki_v1_GetCACertificatesRequest, _kdeploy_pki_v1_GetCACertificatesResponse, _kdeploy_pki_v1_GetCACertificatesRequest__Output, _kdeploy_pki_v1_GetCACertificatesResponse__Output>
  GetSecretsEncryptionKey: MethodDefinition<_kdeploy_pki_v1_GetSecretsEncryptionKeyRequest, _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse, _kdeploy_pki_v1_GetSecretsEncryptionKeyRequest__Output, _kdeploy_pki_v1_GetSecretsEncryptionKeyResponse__Output>
  GetServiceAccountKeys: MethodDefinition<_kdeploy_pki_v1_GetServiceAccountKeysRequest, _kdeploy_pki_v1_GetServiceAccountKeysResponse, _kdeploy_pki_v1_GetServiceAccountKeysRequest__Output, _kdeploy_pki_v1_GetServiceAccountKeysResponse__Output>
  InitCluster: MethodDefinition<_kdeploy_pki_v1_InitClusterRequest, _kdeploy_pki_v1_InitClusterResponse, _kdeploy_pki_v1_InitClusterRequest__Output, _kdeploy_pki_v1_InitClusterResponse__Output>
  IssueCertificate: MethodDefinition<_kdeploy_pki_v1_IssueCertificateRequest, _kdeploy_pki_v1_IssueCertificateResponse, _kdeploy_pki_v1_IssueCertificateRequest__Output, _kdeploy_pki_v1_IssueCertificateResponse__Output>
  ListCertificates: MethodDefinition<_kdeploy_pki_v1_ListCertificatesRequest, _kdeploy_pki_v1_ListCertificatesResponse, _kdeploy_pki_v1_ListCertificatesRequest__Output, _kdeploy_pki_v1_ListCertificatesResponse__Output>
  Renew: MethodDefinition<_kdeploy_pki_v1_RenewRequest, _kdeploy_pki_v1_RenewResponse, _kdeploy_pki_v1_RenewRequest__Output, _kdeploy_pki_v1_RenewResponse__Output>
  Revoke: MethodDefinition<_kdeploy_pki_v1_RevokeRequest, _kdeploy_pki_v1_RevokeResponse, _kdeploy_pki_v1_RevokeRequest__Output, _kdeploy_pki_v1_RevokeResponse__Output>
  SignCertificateRequest: MethodDefinition<_kdeploy_pki_v1_SignCertificateRequestRequest, _kdeploy_pki_v1_SignCertificateRequestResponse, _kdeploy_pki_v1_SignCertificateRequestRequest__Output, _kdeploy_pki_v1_SignCertificateRequestResponse__Output>
}
