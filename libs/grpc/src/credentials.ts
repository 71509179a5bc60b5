import * as grpc from '@grpc/grpc-js';

/** PEM material for a TLS server; with `clientCaPem` every client must present a certificate from that CA (mTLS). */
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

/** Server credentials: insecure without options (tests, a private network), TLS or mTLS with them. */
export function serverCredentials(tls?: ServerTlsOptions): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  const clientCa = tls.clientCaPem ? Buffer.from(tls.clientCaPem) : null;
  return grpc.ServerCredentials.createSsl(clientCa, [{ cert_chain: Buffer.from(tls.certificatePem), private_key: Buffer.from(tls.keyPem) }], clientCa !== null);
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
