import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { kdeployDescriptorJson } from './generated/descriptor';
import type { KdeployGrpcType } from './generated/package';
import { PROTO_LOADER_OPTIONS } from './options';

export type { KdeployGrpcType };

let definition: protoLoader.PackageDefinition | undefined;

/**
 * The package definition of every kdeploy service plus grpc.health.v1, built from the
 * descriptor compiled into this module: no .proto file is read at runtime, so a bundled app
 * carries its contract. Health is in the same definition because @grpc/reflection can
 * describe only what one definition holds. Built once per process.
 */
export function loadKdeployPackageDefinition(): protoLoader.PackageDefinition {
  definition ??= protoLoader.fromJSON(kdeployDescriptorJson as Parameters<typeof protoLoader.fromJSON>[0], PROTO_LOADER_OPTIONS);
  return definition;
}

/**
 * The grpc object tree (`pkg.kdeploy.etcd.v1.EtcdInstaller` is a client constructor whose
 * `.service` is the server-side definition), typed by the generated ProtoGrpcTypes.
 */
export function loadKdeployPackage(): KdeployGrpcType {
  return grpc.loadPackageDefinition(loadKdeployPackageDefinition()) as unknown as KdeployGrpcType;
}

/** Full service name from a definition, e.g. 'kdeploy.pki.v1.PkiService' (from a method path). */
export function serviceName(service: grpc.ServiceDefinition): string {
  const first = Object.values(service)[0];
  if (!first) throw new Error('service definition has no methods');
  return first.path.split('/')[1];
}
