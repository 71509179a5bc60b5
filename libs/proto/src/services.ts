/**
 * kdeploy's gRPC services, one row each: the gateway's config, clients and health checks, the
 * launcher's processes and TLS identities, and the tests all read this table, so a new
 * installer is added here once.
 */
export interface KdeployService {
  /** The gateway's short name: its `--KEY-address` flag, the /healthz key, the stage's client. */
  readonly key: string;
  /** The app (apps/APP, dist/apps/APP/main.js), its process name and TLS identity. */
  readonly app: string;
  /** The full gRPC service name, as its health check knows it. */
  readonly grpcService: string;
  /** Default port on 127.0.0.1. */
  readonly port: number;
  /** Where the gateway reads its address from when no flag gives it. */
  readonly addressEnv: string;
  /** The service calls pki-service itself (an installer signing CSRs), so it needs a client identity too. */
  readonly callsPki: boolean;
}

export const SERVICES = [
  { key: 'pki', app: 'pki-service', grpcService: 'kdeploy.pki.v1.PkiService', port: 50061, addressEnv: 'PKI_ADDRESS', callsPki: false },
  {
    key: 'etcd',
    app: 'etcd-installer',
    grpcService: 'kdeploy.etcd.v1.EtcdInstaller',
    port: 50062,
    addressEnv: 'ETCD_INSTALLER_ADDRESS',
    callsPki: true,
  },
  {
    key: 'master',
    app: 'master-installer',
    grpcService: 'kdeploy.master.v1.MasterInstaller',
    port: 50063,
    addressEnv: 'MASTER_INSTALLER_ADDRESS',
    callsPki: true,
  },
  {
    key: 'node',
    app: 'node-installer',
    grpcService: 'kdeploy.node.v1.NodeInstaller',
    port: 50064,
    addressEnv: 'NODE_INSTALLER_ADDRESS',
    callsPki: true,
  },
  {
    key: 'network',
    app: 'network-installer',
    grpcService: 'kdeploy.network.v1.NetworkInstaller',
    port: 50065,
    addressEnv: 'NETWORK_INSTALLER_ADDRESS',
    callsPki: true,
  },
] as const satisfies readonly KdeployService[];

export type ServiceKey = (typeof SERVICES)[number]['key'];
export type ServiceApp = (typeof SERVICES)[number]['app'];

/** A value per service, e.g. its address. */
export type PerService<T> = Record<ServiceKey, T>;

/** `127.0.0.1:PORT` per service: the defaults of the gateway and the launcher. */
export function defaultAddresses(): PerService<string> {
  return Object.fromEntries(SERVICES.map((s) => [s.key, `127.0.0.1:${s.port}`])) as PerService<string>;
}
