import * as grpc from '@grpc/grpc-js';

/**
 * PEM material for a TLS server. With `clientCaPem` (mutual TLS) every call must come with a
 * client certificate from that CA; a call without one, or with one from another CA or out of
 * its validity, is refused with UNAUTHENTICATED.
 */
export interface ServerTlsOptions {
  certificatePem: string;
  keyPem: string;
  clientCaPem?: string;
}

/** PEM material for a TLS client; certificate and key only for mTLS. */
export interface ClientTlsOptions {
  caPem: string;
  certificatePem?: string;
  keyPem?: string;
}

/**
 * A provider of fixed PEM material. Listeners are told on the next tick: grpc-js registers
 * its server watcher only after adding them, and an update before that is lost.
 */
class StaticProvider implements grpc.experimental.CertificateProvider {
  constructor(
    private readonly ca: grpc.experimental.CaCertificateUpdate | null,
    private readonly identity: grpc.experimental.IdentityCertificateUpdate | null,
  ) {}
  addCaCertificateListener(listener: grpc.experimental.CaCertificateUpdateListener): void {
    setImmediate(() => listener(this.ca));
  }
  removeCaCertificateListener(): void {
    // fixed material: nothing to stop
  }
  addIdentityCertificateListener(listener: grpc.experimental.IdentityCertificateUpdateListener): void {
    setImmediate(() => listener(this.identity));
  }
  removeIdentityCertificateListener(): void {
    // fixed material: nothing to stop
  }
}

/**
 * Refuses a call whose TLS peer presented no certificate that verified against the client CA.
 * The TLS layer only asks for the certificate (it does not end the handshake without one), so
 * the caller gets a gRPC UNAUTHENTICATED status that says what is missing, not a bare reset.
 */
const requireClientCertificate: grpc.ServerInterceptor = (_method, call) =>
  new grpc.ServerInterceptingCall(call, {
    start: (next) => {
      next({
        onReceiveMetadata: (metadata, mdNext) => {
          if (call.getAuthContext().sslPeerCertificate) mdNext(metadata);
          else
            call.sendStatus({
              code: grpc.status.UNAUTHENTICATED,
              details: "a client certificate from kdeploy's internal CA is required",
              metadata: new grpc.Metadata(),
            });
        },
      });
    },
  });

/** Server credentials: insecure without options (tests, a private network), TLS or mTLS with them. */
export function serverCredentials(tls?: ServerTlsOptions): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  const identity = { certificate: Buffer.from(tls.certificatePem), privateKey: Buffer.from(tls.keyPem) };
  if (!tls.clientCaPem)
    return grpc.ServerCredentials.createSsl(null, [{ cert_chain: identity.certificate, private_key: identity.privateKey }], false);
  // grpc-js's factory passes its arguments on in the other order: the first is the identity.
  // `false`: the certificate is asked for and verified, but its absence is left to the
  // interceptor (serverInterceptors), which answers UNAUTHENTICATED.
  return grpc.experimental.createCertificateProviderServerCredentials(
    new StaticProvider(null, identity),
    new StaticProvider({ caCertificate: Buffer.from(tls.clientCaPem) }, null),
    false,
  );
}

/** The interceptors a server with these TLS options needs: the client-certificate check under mTLS. */
export function serverInterceptors(tls?: ServerTlsOptions): grpc.ServerInterceptor[] {
  return tls?.clientCaPem ? [requireClientCertificate] : [];
}

/** Client credentials: insecure without options, TLS (or mTLS with a certificate and key) with them. */
export function clientCredentials(tls?: ClientTlsOptions): grpc.ChannelCredentials {
  if (!tls) return grpc.credentials.createInsecure();
  return grpc.credentials.createSsl(
    Buffer.from(tls.caPem),
    tls.keyPem ? Buffer.from(tls.keyPem) : null,
    tls.certificatePem ? Buffer.from(tls.certificatePem) : null,
  );
}
