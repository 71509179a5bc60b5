import { ClientTlsOptions, createGrpcClient, GrpcClient } from '@kdeploy/grpc';
import { etcdV1, healthV1, loadKdeployPackage, pkiV1 } from '@kdeploy/proto';

/** Where each service listens; from config, so each may run anywhere. */
export interface ServiceAddresses {
  pki: string;
  etcd: string;
}

/** The full gRPC service name each address serves, as its health check knows it. */
export const SERVICE_NAMES: Record<keyof ServiceAddresses, string> = {
  pki: 'kdeploy.pki.v1.PkiService',
  etcd: 'kdeploy.etcd.v1.EtcdInstaller',
};

/** One client per service, each call with a deadline (libs/grpc sets one on every call). */
export interface ServiceClients {
  addresses: ServiceAddresses;
  pki: GrpcClient<pkiV1.PkiServiceClient>;
  etcd: GrpcClient<etcdV1.EtcdInstallerClient>;
  /** Asks each service's gRPC health check; a service that does not answer is UNREACHABLE. */
  health(): Promise<Record<keyof ServiceAddresses, string>>;
  close(): void;
}

const HEALTH_DEADLINE_MS = 2_000;

export function createServiceClients(addresses: ServiceAddresses, deadlines: { unaryMs: number; streamMs: number }, tls?: ClientTlsOptions): ServiceClients {
  const pkg = loadKdeployPackage();
  const options = { deadlineMs: deadlines.unaryMs, streamDeadlineMs: deadlines.streamMs, tls };
  const pki = createGrpcClient(pkg.kdeploy.pki.v1.PkiService, addresses.pki, options);
  const etcd = createGrpcClient(pkg.kdeploy.etcd.v1.EtcdInstaller, addresses.etcd, options);
  const health = Object.fromEntries(
    Object.entries(addresses).map(([name, address]) => [name, createGrpcClient(pkg.grpc.health.v1.Health, address, { deadlineMs: HEALTH_DEADLINE_MS, tls })]),
  ) as Record<keyof ServiceAddresses, GrpcClient<healthV1.HealthClient>>;

  return {
    addresses,
    pki,
    etcd,
    async health() {
      const names = Object.keys(addresses) as (keyof ServiceAddresses)[];
      const answers = await Promise.all(
        names.map((n) =>
          health[n].unary('Check', { service: SERVICE_NAMES[n] }).then(
            (r) => String(r.status),
            () => 'UNREACHABLE',
          ),
        ),
      );
      return Object.fromEntries(names.map((n, i) => [n, answers[i]])) as Record<keyof ServiceAddresses, string>;
    },
    close() {
      pki.close();
      etcd.close();
      Object.values(health).forEach((c) => c.close());
    },
  };
}
