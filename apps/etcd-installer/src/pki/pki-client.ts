import { SpecError } from '@kdeploy/errors';
import { status } from '@grpc/grpc-js';
import { ClientTlsOptions, createGrpcClient, GrpcClient, RemoteCallError } from '@kdeploy/grpc';
import { commonV1, loadKdeployPackage, pkiV1 } from '@kdeploy/proto';
import type { Sans } from '@kdeploy/x509';

type PkiGrpc = InstanceType<ReturnType<typeof loadKdeployPackage>['kdeploy']['pki']['v1']['PkiService']>;

/** What the installer asks of pki-service; one per call, closed with the call. */
export interface PkiAccess {
  /** The etcd CA certificate (PEM); fetched once per call. */
  etcdCa(): Promise<string>;
  /**
   * The etcd CA, or undefined when the cluster has none yet: a dry run before the first
   * deploy plans every certificate as new instead of failing (and creates no CA).
   */
  etcdCaIfAny(): Promise<string | undefined>;
  /** Signs a CSR made on the host (ETCD_SERVER or ETCD_PEER); only the CSR travels. */
  signMember(profile: 'server' | 'peer', host: string, csrPem: string, sans: Sans): Promise<string>;
  /** Issues the health-check client identity (its key is made by pki-service). */
  issueHealthcheckClient(): Promise<{ certPem: string; keyPem: string }>;
  close(): void;
}

/** A client of pki-service for one cluster, from the request's PkiSource. */
export function pkiAccess(
  source: commonV1.PkiSource__Output | null,
  clusterId: string,
  tls: ClientTlsOptions | undefined,
  signal?: AbortSignal,
): PkiAccess {
  if (!source || source.source !== 'service' || !source.service?.address) {
    throw new SpecError([{ path: 'pki.service.address', message: 'required: this installer takes certificates from pki-service' }]);
  }
  const address = source.service.address;
  const client: GrpcClient<PkiGrpc> = createGrpcClient(loadKdeployPackage().kdeploy.pki.v1.PkiService, address, {
    deadlineMs: 20_000,
    tls,
  });
  let ca: Promise<string> | undefined;
  const call = { signal };
  return {
    etcdCa() {
      ca ??= client.unary('GetCACertificates', { clusterId }, call).then((r: pkiV1.GetCACertificatesResponse__Output) => {
        const etcd = r.cas.find((c) => c.authority === 'CERTIFICATE_AUTHORITY_ETCD');
        if (!etcd)
          throw new SpecError([
            { path: 'target.cluster_id', message: `pki-service has no etcd CA for cluster ${clusterId}; call InitCluster first` },
          ]);
        return etcd.certificatePem;
      });
      return ca;
    },
    etcdCaIfAny() {
      return this.etcdCa().catch((e: unknown) => {
        if ((e instanceof RemoteCallError && e.grpcCode === status.NOT_FOUND) || e instanceof SpecError) return undefined;
        throw e;
      });
    },
    async signMember(profile, host, csrPem, sans) {
      const r: pkiV1.SignCertificateRequestResponse__Output = await client.unary(
        'SignCertificateRequest',
        {
          clusterId,
          profile: profile === 'server' ? 'CERTIFICATE_PROFILE_ETCD_SERVER' : 'CERTIFICATE_PROFILE_ETCD_PEER',
          csrPem,
          host,
          sans: { dnsNames: sans.dns, ipAddresses: sans.ips },
        },
        call,
      );
      return r.certificate?.certificatePem ?? '';
    },
    async issueHealthcheckClient() {
      const r: pkiV1.IssueCertificateResponse__Output = await client.unary(
        'IssueCertificate',
        { clusterId, profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK' },
        call,
      );
      return { certPem: r.certificate?.certificatePem ?? '', keyPem: r.keyPem };
    },
    close: () => client.close(),
  };
}

/**
 * The PkiAccess of a call whose request has no `pki`. Calls that issue no certificate
 * (RemoveMember's steps) never touch it; a step that needs one fails, as it did before,
 * at that step, but with an error naming the missing request field.
 */
export function pkiNotGiven(): PkiAccess {
  const missing = () =>
    Promise.reject(new SpecError([{ path: 'pki.service.address', message: 'required: this call takes certificates from pki-service' }]));
  return {
    etcdCa: missing,
    // Not "no CA yet": without pki-service a plan cannot tell, so it fails like etcdCa.
    etcdCaIfAny: missing,
    signMember: missing,
    issueHealthcheckClient: missing,
    close: () => undefined,
  };
}
