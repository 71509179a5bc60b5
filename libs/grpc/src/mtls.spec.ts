import * as grpc from '@grpc/grpc-js';
import { createLogger } from '@kdeploy/logging';
import { loadKdeployPackage, type pkiV1 } from '@kdeploy/proto';
import { createInternalCa, issueInternalCertificate, type InternalCa, type IssuedPem } from '@kdeploy/x509';
import { createGrpcClient } from './client';
import type { RemoteCallError } from './status';
import type { ClientTlsOptions } from './credentials';
import { bindService } from './handlers';
import { createGrpcServer, type GrpcServer } from './server';

jest.setTimeout(30_000);

const pkg = loadKdeployPackage();

// A real server on 127.0.0.1:0 that requires client certificates from an internal CA.
describe('mutual TLS between kdeploy processes', () => {
  let ca: InternalCa;
  let server: GrpcServer;
  let address: string;
  let client: IssuedPem;
  beforeAll(async () => {
    ca = await createInternalCa();
    const serving = await issueInternalCertificate(ca, {
      commonName: 'test-service',
      usage: 'server',
      dns: ['localhost'],
      ips: ['127.0.0.1'],
    });
    client = await issueInternalCertificate(ca, { commonName: 'gateway', usage: 'client' });
    const pki = bindService<pkiV1.PkiServiceHandlers>(pkg.kdeploy.pki.v1.PkiService.service, {
      async GetCACertificates() {
        return { cas: [] };
      },
    });
    const logger = createLogger('mtls-test', { level: 'silent' });
    server = createGrpcServer({
      name: 'mtls',
      logger,
      services: [pki],
      handleSignals: false,
      tls: { certificatePem: serving.certPem, keyPem: serving.keyPem, clientCaPem: ca.certPem },
    });
    address = `127.0.0.1:${await server.start('127.0.0.1:0')}`;
  });
  afterAll(() => server.shutdown());

  const call = async (tls: ClientTlsOptions) => {
    const c = createGrpcClient(pkg.kdeploy.pki.v1.PkiService, address, { tls, deadlineMs: 5000 });
    try {
      return await c.unary('GetCACertificates', { clusterId: 'c1' });
    } finally {
      c.close();
    }
  };
  const statusOf = (p: Promise<unknown>) =>
    p.then(
      () => 'OK',
      (e: RemoteCallError) => `${grpc.status[e.grpcCode]}: ${e.message}`,
    );

  it('answers a client with a certificate from the internal CA', async () => {
    expect(await call({ caPem: ca.certPem, certificatePem: client.certPem, keyPem: client.keyPem })).toEqual({
      cas: [],
      leafKeyAlgorithm: 'KEY_ALGORITHM_UNSPECIFIED',
    });
  });

  it('refuses a client without a certificate with UNAUTHENTICATED', async () => {
    expect(await statusOf(call({ caPem: ca.certPem }))).toMatch(
      /^UNAUTHENTICATED: .*client certificate from kdeploy's internal CA is required/,
    );
  });

  it('refuses a certificate from another CA with UNAUTHENTICATED', async () => {
    const other = await createInternalCa('another CA');
    const stranger = await issueInternalCertificate(other, { commonName: 'gateway', usage: 'client' });
    expect(await statusOf(call({ caPem: ca.certPem, certificatePem: stranger.certPem, keyPem: stranger.keyPem }))).toMatch(
      /^UNAUTHENTICATED: /,
    );
  });

  it('refuses an expired certificate of the internal CA with UNAUTHENTICATED', async () => {
    const expired = await issueInternalCertificate(ca, {
      commonName: 'gateway',
      usage: 'client',
      notBefore: new Date('2020-01-01T00:00:00Z'),
      validityDays: 1,
    });
    expect(await statusOf(call({ caPem: ca.certPem, certificatePem: expired.certPem, keyPem: expired.keyPem }))).toMatch(
      /^UNAUTHENTICATED: /,
    );
  });

  it('refuses health checks without a certificate too', async () => {
    const health = createGrpcClient(pkg.grpc.health.v1.Health, address, { tls: { caPem: ca.certPem }, deadlineMs: 5000 });
    const result = await statusOf(health.unary('Check', { service: '' }));
    health.close();
    expect(result).toMatch(/^UNAUTHENTICATED: /);
  });
});
