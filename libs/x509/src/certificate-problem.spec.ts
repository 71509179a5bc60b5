import { createPublicKey } from 'node:crypto';
import { createInternalCa, issueInternalCertificate } from './internal-ca';
import { certificateProblem, RENEW_BEFORE_MS } from './certificate-problem';

const publicOf = (keyPem: string) => createPublicKey(keyPem).export({ type: 'spki', format: 'pem' }) as string;
const DAY = 24 * 3600 * 1000;

describe('certificateProblem: when an installed certificate is kept and when it is replaced', () => {
  it('keeps a good one, and names what is wrong with each bad one', async () => {
    const ca = await createInternalCa('etcd-ca');
    const other = await createInternalCa('other-ca');
    const sans = { dns: ['lab1', 'localhost'], ips: ['10.211.0.11', '127.0.0.1'] };
    const good = await issueInternalCertificate(ca, { commonName: 'lab1', usage: 'server', ...sans });
    expect(certificateProblem(good.certPem, ca.certPem, publicOf(good.keyPem), sans)).toBeUndefined();

    expect(certificateProblem(undefined, ca.certPem, undefined)).toBe('missing');
    const foreign = await issueInternalCertificate(other, { commonName: 'lab1', usage: 'server', ...sans });
    expect(certificateProblem(foreign.certPem, ca.certPem, publicOf(foreign.keyPem), sans, 'kubernetes CA')).toBe(
      'not signed by the current kubernetes CA',
    );
    const expiring = await issueInternalCertificate(ca, { commonName: 'lab1', usage: 'server', ...sans, validityDays: 10 });
    expect(RENEW_BEFORE_MS).toBe(30 * DAY);
    expect(certificateProblem(expiring.certPem, ca.certPem, publicOf(expiring.keyPem), sans)).toBe('expires within 30 days');
    expect(certificateProblem(good.certPem, ca.certPem, publicOf(foreign.keyPem), sans)).toBe('does not match the host key');
    expect(certificateProblem(good.certPem, ca.certPem, undefined, sans)).toBe('no private key on the host');
    expect(certificateProblem(good.certPem, ca.certPem, publicOf(good.keyPem), { ...sans, ips: ['10.211.0.12', '127.0.0.1'] })).toBe(
      'SANs differ',
    );
    // IPv6 SANs compare canonically: the host's spelling does not force a new certificate.
    const v6 = await issueInternalCertificate(ca, { commonName: 'v6', usage: 'server', dns: ['v6'], ips: ['fd00:211::11'] });
    expect(certificateProblem(v6.certPem, ca.certPem, publicOf(v6.keyPem), { dns: ['v6'], ips: ['FD00:211:0::11'] })).toBeUndefined();
  });
});
