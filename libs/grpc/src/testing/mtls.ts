import { loadKdeployPackage } from '@kdeploy/proto';
import { createInternalCa, issueInternalCertificate, type InternalCa } from '@kdeploy/x509';
import { createGrpcClient } from '../client';
import type { ClientTlsOptions } from '../credentials';
import type { RemoteCallError } from '../status';

/**
 * How a kdeploy service at `address` answers callers it must refuse: one without a client
 * certificate, one with a certificate of another CA, and one with an expired certificate of
 * its own internal CA. Each entry is the gRPC status name of a health check, or OK.
 */
export async function refusedCallers(
  address: string,
  ca: InternalCa,
): Promise<Record<'no certificate' | 'another CA' | 'expired', string>> {
  const other = await createInternalCa('not kdeploy');
  const stranger = await issueInternalCertificate(other, { commonName: 'stranger', usage: 'client' });
  const expired = await issueInternalCertificate(ca, {
    commonName: 'old-gateway',
    usage: 'client',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    validityDays: 1,
  });
  const check = async (tls: ClientTlsOptions) => {
    const health = createGrpcClient(loadKdeployPackage().grpc.health.v1.Health, address, { tls, deadlineMs: 5000 });
    try {
      await health.unary('Check', { service: '' });
      return 'OK';
    } catch (e) {
      return (e as RemoteCallError).message.split(': ')[1] ?? String(e);
    } finally {
      health.close();
    }
  };
  return {
    'no certificate': await check({ caPem: ca.certPem }),
    'another CA': await check({ caPem: ca.certPem, certificatePem: stranger.certPem, keyPem: stranger.keyPem }),
    expired: await check({ caPem: ca.certPem, certificatePem: expired.certPem, keyPem: expired.keyPem }),
  };
}

/** What refusedCallers returns for a service that authenticates its callers. */
export const ALL_REFUSED = { 'no certificate': 'UNAUTHENTICATED', 'another CA': 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED' };
