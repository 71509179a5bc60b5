import * as grpc from '@grpc/grpc-js';
import { CancelledError } from '@kdeploy/errors';
import { clientCredentials, type ClientTlsOptions } from './credentials';
import { fromServiceError } from './status';

/** Default deadline of a unary call: every call has one (security.md). */
export const DEFAULT_UNARY_DEADLINE_MS = 30_000;
/** Default deadline of a streaming call (an Apply over many hosts takes minutes). */
export const DEFAULT_STREAM_DEADLINE_MS = 30 * 60_000;

/** Per-call options. */
export interface CallOptions {
  deadlineMs?: number;
  /** Aborting it cancels the call; the server's handler sees its own signal fire. */
  signal?: AbortSignal;
  metadata?: grpc.Metadata;
}

/** Options of createGrpcClient. */
export interface GrpcClientOptions {
  /** Unary deadline; default DEFAULT_UNARY_DEADLINE_MS. */
  deadlineMs?: number;
  /** Streaming deadline; default DEFAULT_STREAM_DEADLINE_MS. */
  streamDeadlineMs?: number;
  /** TLS (mTLS with a certificate and key) to the service; wins over `credentials`. */
  tls?: ClientTlsOptions;
  /** Insecure when absent (and no `tls`); see clientCredentials. */
  credentials?: grpc.ChannelCredentials;
  channelOptions?: grpc.ChannelOptions;
}

type Ctor<C> = new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ChannelOptions) => C;
// The last overload of a generated unary method is (argument, callback).
type UnaryOf<F> = F extends (argument: infer Req, callback: grpc.requestCallback<infer Res>) => grpc.ClientUnaryCall ? [Req, Res] : never;
// The last overload of a generated server-streaming method is (argument, options?).
type StreamOf<F> = F extends (argument: infer Req, options?: grpc.CallOptions) => grpc.ClientReadableStream<infer Res> ? [Req, Res] : never;
/** Names of the client's unary methods. */
export type UnaryMethod<C> = { [K in keyof C]: UnaryOf<C[K]> extends never ? never : K }[keyof C] & string;
/** Names of the client's server-streaming methods. */
export type StreamMethod<C> = { [K in keyof C]: StreamOf<C[K]> extends never ? never : K }[keyof C] & string;

/** A client made by createGrpcClient. */
export interface GrpcClient<C> {
  /** The raw grpc-js client, for what the helpers do not cover. */
  client: C;
  /** Calls a unary method; rejects with a RemoteCallError (a KdeployError) on a non-OK status. */
  unary<M extends UnaryMethod<C>>(method: M, request: UnaryOf<C[M]>[0], options?: CallOptions): Promise<UnaryOf<C[M]>[1]>;
  /** Calls a server-streaming method; iterate the messages; breaking out of the loop cancels the call. */
  stream<M extends StreamMethod<C>>(method: M, request: StreamOf<C[M]>[0], options?: CallOptions): AsyncIterable<StreamOf<C[M]>[1]>;
  close(): void;
}

/**
 * TLS to a loopback IP names the server `localhost` (which kdeploy's internal certificates
 * carry): Node refuses an IP address as the TLS server name (RFC 6066) and warns for each.
 */
export function loopbackServerName(address: string, tls: boolean): grpc.ChannelOptions {
  const host = address
    .replace(/^dns:\/{0,3}/, '')
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return tls && (/^127\./.test(host) || host === '::1') ? { 'grpc.ssl_target_name_override': 'localhost' } : {};
}

function deadline(ms: number): Date {
  return new Date(Date.now() + ms);
}

/**
 * A client for one service (a constructor from loadKdeployPackage) at `address`. Every call
 * carries a deadline and can be cancelled with an AbortSignal.
 */
export function createGrpcClient<C extends grpc.Client>(Service: Ctor<C>, address: string, options: GrpcClientOptions = {}): GrpcClient<C> {
  const credentials = options.tls ? clientCredentials(options.tls) : (options.credentials ?? grpc.credentials.createInsecure());
  const client = new Service(address, credentials, {
    ...loopbackServerName(address, options.tls !== undefined),
    ...options.channelOptions,
  });
  const raw = client as unknown as Record<string, (...args: unknown[]) => grpc.ClientUnaryCall & grpc.ClientReadableStream<unknown>>;

  function unary(method: string, request: unknown, call: CallOptions = {}): Promise<unknown> {
    if (call.signal?.aborted) return Promise.reject(new CancelledError(address, method));
    return new Promise((resolve, reject) => {
      const onAbort = (): void => c.cancel();
      const c = raw[method].call(
        client,
        request,
        call.metadata ?? new grpc.Metadata(),
        { deadline: deadline(call.deadlineMs ?? options.deadlineMs ?? DEFAULT_UNARY_DEADLINE_MS) },
        (err: grpc.ServiceError | null, response: unknown) => {
          call.signal?.removeEventListener('abort', onAbort);
          if (err) reject(fromServiceError(method, err));
          else resolve(response);
        },
      );
      call.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  async function* stream(method: string, request: unknown, call: CallOptions = {}): AsyncGenerator<unknown> {
    if (call.signal?.aborted) throw new CancelledError(address, method);
    const s = raw[method].call(client, request, call.metadata ?? new grpc.Metadata(), {
      deadline: deadline(call.deadlineMs ?? options.streamDeadlineMs ?? DEFAULT_STREAM_DEADLINE_MS),
    });
    const onAbort = (): void => s.cancel();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    let finished = false;
    try {
      // A grpc-js stream is a Node readable: async iteration gives back-pressure for free.
      for await (const message of s) yield message;
      finished = true;
    } catch (err) {
      finished = true;
      const e = err as grpc.ServiceError;
      throw typeof e?.code === 'number' ? fromServiceError(method, e) : err;
    } finally {
      call.signal?.removeEventListener('abort', onAbort);
      if (!finished) s.cancel(); // the consumer stopped iterating early
    }
  }

  return {
    client,
    unary: unary as GrpcClient<C>['unary'],
    stream: stream as GrpcClient<C>['stream'],
    close: () => client.close(),
  };
}
