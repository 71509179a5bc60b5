import { ClientTlsOptions, createGrpcClient, GrpcClient } from '@kdeploy/grpc';
import { etcdV1, healthV1, loadKdeployPackage, masterV1, networkV1, nodeV1, PerService, pkiV1, SERVICES, ServiceKey } from '@kdeploy/proto';

/** Where each service listens; from config, so each may run anywhere. */
export type ServiceAddresses = PerService<string>;

/** The typed client of each service in libs/proto's SERVICES table (a new service adds its line here). */
interface TypedClients {
  pki: GrpcClient<pkiV1.PkiServiceClient>;
  etcd: GrpcClient<etcdV1.EtcdInstallerClient>;
  master: GrpcClient<masterV1.MasterInstallerClient>;
  node: GrpcClient<nodeV1.NodeInstallerClient>;
  network: GrpcClient<networkV1.NetworkInstallerClient>;
}

type Package = ReturnType<typeof loadKdeployPackage>;
const connect = (pkg: Package, addresses: ServiceAddresses, options: Parameters<typeof createGrpcClient>[2]): TypedClients => ({
  pki: createGrpcClient(pkg.kdeploy.pki.v1.PkiService, addresses.pki, options),
  etcd: createGrpcClient(pkg.kdeploy.etcd.v1.EtcdInstaller, addresses.etcd, options),
  master: createGrpcClient(pkg.kdeploy.master.v1.MasterInstaller, addresses.master, options),
  node: createGrpcClient(pkg.kdeploy.node.v1.NodeInstaller, addresses.node, options),
  network: createGrpcClient(pkg.kdeploy.network.v1.NetworkInstaller, addresses.network, options),
});

/** One client per service, each call with a deadline (libs/grpc sets one on every call). */
export interface ServiceClients extends TypedClients {
  addresses: ServiceAddresses;
  /** Asks each service's gRPC health check; a service that does not answer is UNREACHABLE. */
  health(): Promise<PerService<string>>;
  close(): void;
}

const HEALTH_DEADLINE_MS = 2_000;

export function createServiceClients(
  addresses: ServiceAddresses,
  deadlines: { unaryMs: number; streamMs: number },
  tls?: ClientTlsOptions,
): ServiceClients {
  const pkg = loadKdeployPackage();
  const clients: TypedClients & Record<ServiceKey, { close(): void }> = connect(pkg, addresses, {
    deadlineMs: deadlines.unaryMs,
    streamDeadlineMs: deadlines.streamMs,
    tls,
  });
  const health = SERVICES.map((s) => ({
    service: s,
    client: createGrpcClient(pkg.grpc.health.v1.Health, addresses[s.key], {
      deadlineMs: HEALTH_DEADLINE_MS,
      tls,
    }) as GrpcClient<healthV1.HealthClient>,
  }));

  return {
    ...clients,
    addresses,
    async health() {
      const answers = await Promise.all(
        health.map(({ service, client }) =>
          client.unary('Check', { service: service.grpcService }).then(
            (r) => String(r.status),
            () => 'UNREACHABLE',
          ),
        ),
      );
      return Object.fromEntries(health.map(({ service }, i) => [service.key, answers[i]])) as PerService<string>;
    },
    close() {
      for (const s of SERVICES) clients[s.key].close();
      health.forEach((h) => h.client.close());
    },
  };
}
