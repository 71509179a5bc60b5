import { status } from '@grpc/grpc-js';
import { SpecError } from '@kdeploy/errors';
import { ClientTlsOptions, createGrpcClient, RemoteCallError } from '@kdeploy/grpc';
import { commonV1, loadKdeployPackage, pkiV1 } from '@kdeploy/proto';
import { LeafKey, leafKeyFrom, Sans } from '@kdeploy/x509';

/** A cluster's three CA certificates (PEM), by their use, and the algorithm of its leaf keys. */
export interface ClusterCas {
  kubernetes: string;
  etcd: string;
  frontProxy: string;
  /** What keys made on the hosts are: pki-service's record for the cluster. */
  leafKey: LeafKey;
}

/** What an installer asks of pki-service for one cluster; one per call, closed with the call. */
export interface ClusterPki {
  /** The cluster's CA certificates, fetched once per call; refused when pki-service has no CA for the cluster. */
  cas(): Promise<ClusterCas>;
  /** The CAs, or undefined when the cluster has none yet: a dry run before the first deploy plans every certificate as new. */
  casIfAny(): Promise<ClusterCas | undefined>;
  /** Signs a CSR made on `host` against a profile; only the CSR travels, pki-service checks its names. */
  sign(profile: pkiV1.CertificateProfile, host: string, csrPem: string, sans: Sans): Promise<string>;
  /** An identity whose key pki-service makes (client certificates, the cluster signer), with the names the profile allows. SECRET: keyPem. */
  issue(profile: pkiV1.CertificateProfile, sans?: Sans): Promise<{ certPem: string; keyPem: string }>;
  /** The service-account key pair (not a CA key). SECRET: keyPem. */
  serviceAccountKeys(): Promise<{ publicKeyPem: string; keyPem: string }>;
  /** The cluster's Secrets encryption key, made once by pki-service and sealed in its store. SECRET. */
  secretsEncryptionKey(): Promise<string>;
  close(): void;
}

const AUTHORITY: Record<Exclude<keyof ClusterCas, 'leafKey'>, pkiV1.CertificateAuthority> = {
  kubernetes: 'CERTIFICATE_AUTHORITY_KUBERNETES',
  etcd: 'CERTIFICATE_AUTHORITY_ETCD',
  frontProxy: 'CERTIFICATE_AUTHORITY_FRONT_PROXY',
};

const notGiven = () => new SpecError([{ path: 'pki.service.address', message: 'required: this call takes certificates from pki-service' }]);

/** A client of pki-service for one cluster, from the request's PkiSource, with the installer's own TLS identity. */
export function clusterPki(
  source: commonV1.PkiSource__Output | null | undefined,
  clusterId: string,
  tls: ClientTlsOptions | undefined,
  signal?: AbortSignal,
): ClusterPki {
  if (!source || source.source !== 'service' || !source.service?.address) throw notGiven();
  const client = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, source.service.address, { deadlineMs: 20_000, tls });
  const call = { signal };
  let cas: Promise<ClusterCas> | undefined;
  return {
    cas() {
      cas ??= client.unary('GetCACertificates', { clusterId }, call).then((r: pkiV1.GetCACertificatesResponse__Output) => {
        const pem = (which: keyof typeof AUTHORITY) => {
          const ca = r.cas.find((c) => c.authority === AUTHORITY[which]);
          if (!ca)
            throw new SpecError([
              { path: 'target.cluster_id', message: `pki-service has no ${which} CA for cluster ${clusterId}; call InitCluster first` },
            ]);
          return ca.certificatePem;
        };
        // a pki-service that does not say is one from before leaf keys had their own algorithm: RSA 2048
        const leafKey = leafKeyFrom(r.leafKeyAlgorithm) ?? 'rsa-2048';
        return { kubernetes: pem('kubernetes'), etcd: pem('etcd'), frontProxy: pem('frontProxy'), leafKey };
      });
      return cas;
    },
    casIfAny() {
      return this.cas().catch((e: unknown) => {
        if ((e instanceof RemoteCallError && e.grpcCode === status.NOT_FOUND) || e instanceof SpecError) return undefined;
        throw e;
      });
    },
    async sign(profile, host, csrPem, sans) {
      const r: pkiV1.SignCertificateRequestResponse__Output = await client.unary(
        'SignCertificateRequest',
        { clusterId, profile, csrPem, host, sans: { dnsNames: sans.dns, ipAddresses: sans.ips } },
        call,
      );
      return r.certificate?.certificatePem ?? '';
    },
    async issue(profile, sans) {
      const names = sans ? { dnsNames: sans.dns, ipAddresses: sans.ips } : undefined;
      const r: pkiV1.IssueCertificateResponse__Output = await client.unary('IssueCertificate', { clusterId, profile, sans: names }, call);
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
 * The ClusterPki of a call whose request has no `pki` (a removal): calls that need no
 * certificate never touch it; a step that does fails there, naming the missing request field.
 * Not "no CA yet" either: without pki-service a plan cannot tell.
 */
export function pkiNotGiven(): ClusterPki {
  const missing = () => Promise.reject(notGiven());
  return {
    cas: missing,
    casIfAny: missing,
    sign: missing,
    issue: missing,
    serviceAccountKeys: missing,
    secretsEncryptionKey: missing,
    close: () => undefined,
  };
}
