import { SpecError } from '@kdeploy/errors';
import { status } from '@grpc/grpc-js';
import { ClientTlsOptions, createGrpcClient, RemoteCallError } from '@kdeploy/grpc';
import { commonV1, loadKdeployPackage, pkiV1 } from '@kdeploy/proto';

/** The three CA certificates a master trusts, by their use. */
export interface MasterCas {
  kubernetes: string;
  etcd: string;
  frontProxy: string;
}

/** What a master asks of pki-service; one per call, closed with the call. */
export interface MasterPki {
  /** The cluster's CA certificates (fetched once per call). */
  cas(): Promise<MasterCas>;
  /**
   * The CAs, or undefined when pki-service has none for the cluster yet: a dry run before
   * the first deploy plans every certificate as new instead of failing.
   */
  casIfAny(): Promise<MasterCas | undefined>;
  /** Signs the apiserver serving CSR made on `host` (only the CSR leaves the host). */
  signServing(host: string, csrPem: string, sans: { dnsNames: string[]; ipAddresses: string[] }): Promise<string>;
  /** A client identity or the cluster signer, key made by pki-service. */
  issue(profile: pkiV1.CertificateProfile): Promise<{ certPem: string; keyPem: string }>;
  /** The service-account key pair (not a CA key). */
  serviceAccountKeys(): Promise<{ publicKeyPem: string; keyPem: string }>;
  /** The cluster's Secrets encryption key, made once by pki-service and sealed in its store. SECRET. */
  secretsEncryptionKey(): Promise<string>;
  close(): void;
}

const AUTHORITY: Record<keyof MasterCas, pkiV1.CertificateAuthority> = {
  kubernetes: 'CERTIFICATE_AUTHORITY_KUBERNETES',
  etcd: 'CERTIFICATE_AUTHORITY_ETCD',
  frontProxy: 'CERTIFICATE_AUTHORITY_FRONT_PROXY',
};

/** A client of pki-service for one cluster, from the request's PkiSource, with the installer's own TLS identity. */
export function masterPki(
  source: commonV1.PkiSource__Output | null,
  clusterId: string,
  tls: ClientTlsOptions | undefined,
  signal?: AbortSignal,
): MasterPki {
  if (!source || source.source !== 'service' || !source.service?.address) {
    throw new SpecError([{ path: 'pki.service.address', message: 'required: the control plane takes its certificates from pki-service' }]);
  }
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, source.service.address, { deadlineMs: 20_000, tls });
  const call = { signal };
  let cas: Promise<MasterCas> | undefined;
  return {
    cas() {
      cas ??= client.unary('GetCACertificates', { clusterId }, call).then((r: pkiV1.GetCACertificatesResponse__Output) => {
        const pem = (which: keyof MasterCas) => {
          const ca = r.cas.find((c) => c.authority === AUTHORITY[which]);
          if (!ca)
            throw new SpecError([
              { path: 'target.cluster_id', message: `pki-service has no ${which} CA for cluster ${clusterId}; call InitCluster first` },
            ]);
          return ca.certificatePem;
        };
        return { kubernetes: pem('kubernetes'), etcd: pem('etcd'), frontProxy: pem('frontProxy') };
      });
      return cas;
    },
    casIfAny() {
      return this.cas().catch((e: unknown) => {
        if ((e instanceof RemoteCallError && e.grpcCode === status.NOT_FOUND) || e instanceof SpecError) return undefined;
        throw e;
      });
    },
    async signServing(host, csrPem, sans) {
      const r: pkiV1.SignCertificateRequestResponse__Output = await client.unary(
        'SignCertificateRequest',
        { clusterId, profile: 'CERTIFICATE_PROFILE_APISERVER_SERVING', csrPem, host, sans },
        call,
      );
      return r.certificate?.certificatePem ?? '';
    },
    async issue(profile) {
      const r: pkiV1.IssueCertificateResponse__Output = await client.unary('IssueCertificate', { clusterId, profile }, call);
      return { certPem: r.certificate?.certificatePem ?? '', keyPem: r.keyPem };
    },
    async serviceAccountKeys() {
      const r: pkiV1.GetServiceAccountKeysResponse__Output = await client.unary('GetServiceAccountKeys', { clusterId }, call);
      return { publicKeyPem: r.publicKeyPem, keyPem: r.keyPem };
    },
    async secretsEncryptionKey() {
      const r: pkiV1.GetSecretsEncryptionKeyResponse__Output = await client.unary('GetSecretsEncryptionKey', { clusterId }, call);
      return r.key;
    },
    close: () => client.close(),
  };
}

/**
 * The MasterPki of a call whose request has no `pki` (Remove). A step that needs a
 * certificate fails there, naming the missing request field.
 */
export function pkiNotGiven(): MasterPki {
  const missing = () =>
    Promise.reject(new SpecError([{ path: 'pki.service.address', message: 'required: this call takes certificates from pki-service' }]));
  return {
    cas: missing,
    casIfAny: missing,
    signServing: missing,
    issue: missing,
    serviceAccountKeys: missing,
    secretsEncryptionKey: missing,
    close: () => undefined,
  };
}
