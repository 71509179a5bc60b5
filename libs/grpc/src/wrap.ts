import * as grpc from '@grpc/grpc-js';
import type { Logger } from '@kdeploy/logging';
import type { AsyncServerStreamHandler, AsyncUnaryHandler, CallContext, ServiceBinding } from './handlers';
import { toGrpcStatus } from './status';

type ServerCall = grpc.ServerUnaryCall<unknown, unknown> | grpc.ServerWritableStream<unknown, unknown>;

/** Tracks live calls so shutdown can abort their handlers. */
export type CallRegistry = Set<AbortController>;

function contextOf(call: ServerCall, calls: CallRegistry): { context: CallContext; done: () => void } {
  const controller = new AbortController();
  // grpc-js emits 'cancelled' for a client cancel, a passed deadline and a forced shutdown.
  const onCancel = (): void => controller.abort(new Error('call cancelled'));
  call.on('cancelled', onCancel);
  calls.add(controller);
  const context: CallContext = { signal: controller.signal, metadata: call.metadata, deadline: call.getDeadline(), peer: call.getPeer() };
  return {
    context,
    done: () => {
      call.off('cancelled', onCancel);
      calls.delete(controller);
    },
  };
}

/** One log record per call: method, status, duration and peer; never the request (it holds secrets). */
function logCall(logger: Logger, method: string, call: ServerCall, startedAt: bigint, code: grpc.status): void {
  const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  const cancelled = call.cancelled;
  const record = { method, code: grpc.status[code], cancelled, durationMs: Math.round(durationMs * 10) / 10, peer: call.getPeer() };
  if (code === grpc.status.OK || cancelled) logger.info(record, 'grpc call');
  else logger.warn(record, 'grpc call failed');
}

function wrapUnary(
  handler: AsyncUnaryHandler<unknown, unknown>,
  method: string,
  logger: Logger,
  calls: CallRegistry,
): grpc.handleUnaryCall<unknown, unknown> {
  return (call, callback) => {
    const startedAt = process.hrtime.bigint();
    const { context, done } = contextOf(call, calls);
    handler(call.request, context).then(
      (response) => {
        done();
        callback(null, response);
        logCall(logger, method, call, startedAt, call.cancelled ? grpc.status.CANCELLED : grpc.status.OK);
      },
      (error: unknown) => {
        done();
        // A cancelled call (client cancel, deadline, shutdown) has its status already; what
        // the handler threw on the way out is the expected abort, not a fault to report.
        if (call.cancelled) return logCall(logger, method, call, startedAt, grpc.status.CANCELLED);
        const { code, details } = toGrpcStatus(error, logger);
        callback({ code, details });
        logCall(logger, method, call, startedAt, code);
      },
    );
  };
}

function sender(call: grpc.ServerWritableStream<unknown, unknown>): (message: unknown) => Promise<void> {
  return (message) =>
    new Promise((resolve, reject) => {
      if (call.cancelled) return reject(new Error('call cancelled'));
      // write() returning false means the buffer is full: wait for 'drain' before the next.
      if (call.write(message)) return resolve();
      const onDrain = (): void => {
        call.off('cancelled', onCancel);
        resolve();
      };
      const onCancel = (): void => {
        call.off('drain', onDrain);
        reject(new Error('call cancelled'));
      };
      call.once('drain', onDrain);
      call.once('cancelled', onCancel);
    });
}

function wrapStream(
  handler: AsyncServerStreamHandler<unknown, unknown>,
  method: string,
  logger: Logger,
  calls: CallRegistry,
): grpc.handleServerStreamingCall<unknown, unknown> {
  return (call) => {
    const startedAt = process.hrtime.bigint();
    const { context, done } = contextOf(call, calls);
    handler(call.request, sender(call), context).then(
      () => {
        done();
        if (!call.cancelled) call.end();
        logCall(logger, method, call, startedAt, call.cancelled ? grpc.status.CANCELLED : grpc.status.OK);
      },
      (error: unknown) => {
        done();
        if (call.cancelled) return logCall(logger, method, call, startedAt, grpc.status.CANCELLED);
        const { code, details } = toGrpcStatus(error, logger);
        call.emit('error', { code, details });
        logCall(logger, method, call, startedAt, code);
      },
    );
  };
}

/**
 * Turns async handlers into grpc-js handlers: error mapping (toGrpcStatus), AbortSignal per
 * call and one log record per call, so no app repeats that plumbing.
 */
export function toGrpcImplementation(binding: ServiceBinding, logger: Logger, calls: CallRegistry): grpc.UntypedServiceImplementation {
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [name, definition] of Object.entries(binding.service)) {
    const handler = binding.implementation[name] ?? binding.implementation[definition.originalName ?? ''];
    if (!handler) continue; // grpc-js itself answers a method left out of the implementation
    if (definition.requestStream) throw new Error(`${definition.path}: client-streaming methods are not supported by @kdeploy/grpc`);
    implementation[name] = definition.responseStream
      ? wrapStream(handler as AsyncServerStreamHandler<unknown, unknown>, definition.path, logger, calls)
      : wrapUnary(handler as AsyncUnaryHandler<unknown, unknown>, definition.path, logger, calls);
  }
  return implementation;
}
