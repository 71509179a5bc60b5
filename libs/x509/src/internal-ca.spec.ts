import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createInternalCa, issueInternalCertificate } from './internal-ca';

describe('internal CA', () => {
  it('issues server and client certificates that chain to it, with the usage asked for', async () => {
    const ca = await createInternalCa();
    const caCert = new X509Certificate(ca.certPem);
    expect(caCert.ca).toBe(true);
    const server = await issueInternalCertificate(ca, {
      commonName: 'pki-service',
      usage: 'server',
      dns: ['localhost'],
      ips: ['127.0.0.1'],
    });
    const client = await issueInternalCertificate(ca, { commonName: 'gateway', usage: 'client' });
    for (const issued of [server, client]) {
      const cert = new X509Certificate(issued.certPem);
      expect(cert.verify(caCert.publicKey)).toBe(true);
      expect(cert.checkIssued(caCert)).toBe(true);
      expect(cert.ca).toBe(false);
      expect(cert.checkPrivateKey(createPrivateKey(issued.keyPem))).toBe(true);
    }
    expect(new X509Certificate(server.certPem).subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(new X509Certificate(server.certPem).keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(new X509Certificate(client.certPem).keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
  });

  it('can issue an already expired certificate, for the refusal tests', async () => {
    const ca = await createInternalCa();
    const old = await issueInternalCertificate(ca, {
      commonName: 'old',
      usage: 'client',
      notBefore: new Date('2020-01-01T00:00:00Z'),
      validityDays: 1,
    });
    expect(new Date(new X509Certificate(old.certPem).validTo).getTime()).toBeLessThan(Date.now());
  });
});
