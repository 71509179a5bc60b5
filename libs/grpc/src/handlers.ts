import type * as grpc from '@grpc/grpc-js';

/** What a handler gets besides its request. */
export interface CallContext {
  /** Fires when the client cancels, the deadline passes, or the server shuts down. */
  signal: AbortSignal;
  /** Request metadata (headers). */
  metadata: grpc.Metadata;
  /** The call's deadline, or Infinity when the client set none. */
  deadline: Date | number;
  /** The caller's address. */
  peer: string;
}

/** A unary handler: returns the response or throws (the error is mapped by toGrpcStatus). */
export type AsyncUnaryHandler<Req, Res> = (request: Req, context: CallContext) => Promise<Res>;

/**
 * A server-streaming handler: calls `send` per message (awaiting it honours back-pressure)
 * and returns when done; a throw ends the stream with the mapped status.
 */
export type AsyncServerStreamHandler<Req, Res> = (
  request: Req,
  send: (message: Res) => Promise<void>,
  context: CallContext,
) => Promise<void>;

/**
 * The async form of a generated grpc-js handlers interface (e.g. `pkiV1.PkiServiceHandlers`).
 * Client- and bidi-streaming methods are not supported by the kit (no contract uses them).
 */
export type AsyncServiceImplementation<H> = {
  // `as`: drop the index signature the generated interface inherits from grpc-js.
  [K in keyof H as string extends K ? never : K]: H[K] extends grpc.handleUnaryCall<infer Req, infer Res>
    ? AsyncUnaryHandler<Req, Res>
    : H[K] extends grpc.handleServerStreamingCall<infer Req, infer Res>
      ? AsyncServerStreamHandler<Req, Res>
      : never;
};

/** A service definition with its async implementation, as createGrpcServer takes it. */
export interface ServiceBinding {
  service: grpc.ServiceDefinition;
  // Handlers are checked against their service by `bindService`; here they are erased.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  implementation: Record<string, (...args: any[]) => Promise<unknown>>;
}

/**
 * Pairs a definition with a typed implementation:
 * `bindService<pkiV1.PkiServiceHandlers>(pkg.kdeploy.pki.v1.PkiService.service, { ... })`.
 */
export function bindService<H>(service: grpc.ServiceDefinition, implementation: Partial<AsyncServiceImplementation<H>>): ServiceBinding {
  return { service, implementation: implementation as ServiceBinding['implementation'] };
}
