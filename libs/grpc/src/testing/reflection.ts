import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { loopbackServerName } from '../client';
import { clientCredentials, type ClientTlsOptions } from '../credentials';

/** What a server reflection answer may hold (grpc.reflection.v1), as far as tests read it. */
export interface ReflectionResponse {
  listServicesResponse?: { service: { name: string }[] } | null;
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] } | null;
  errorResponse?: { errorMessage: string } | null;
}

// The reflection protocol's own proto ships in @grpc/reflection; loading it from there is
// test-side only (servers never read a .proto file).
function reflectionClient(
  address: string,
  tls?: ClientTlsOptions,
): grpc.Client & { ServerReflectionInfo(): grpc.ClientDuplexStream<object, ReflectionResponse> } {
  const file = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
  const def = protoLoader.loadSync(file, { keepCase: false, defaults: true, oneofs: true });
  const Ctor = (
    grpc.loadPackageDefinition(def) as unknown as { grpc: { reflection: { v1: { ServerReflection: grpc.ServiceClientConstructor } } } }
  ).grpc.reflection.v1.ServerReflection;
  return new Ctor(address, clientCredentials(tls), loopbackServerName(address, tls !== undefined)) as never;
}

/** One reflection request and its answer, as grpcurl would send it. */
export function reflect(address: string, request: object, tls?: ClientTlsOptions): Promise<ReflectionResponse> {
  const client = reflectionClient(address, tls);
  const call = client.ServerReflectionInfo();
  return new Promise<ReflectionResponse>((resolve, reject) => {
    call.once('data', (r: ReflectionResponse) => resolve(r));
    call.once('error', reject);
    call.write(request);
  }).finally(() => {
    call.cancel();
    client.close();
  });
}

/** The service names a server lists through reflection (`grpcurl ADDR list`). */
export async function listServices(address: string, tls?: ClientTlsOptions): Promise<string[]> {
  const r = await reflect(address, { listServices: '' }, tls);
  return (r.listServicesResponse?.service ?? []).map((s) => s.name).sort();
}
