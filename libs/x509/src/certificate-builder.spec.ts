import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCertificate, toIssuer } from './certificate-builder';
import { generateKey, leafKeySpec } from './keys';
import { nativeKey } from './native-sign';

const day = 24 * 3600 * 1000;

async function rsaCa() {
  const key = await generateKey({ algorithm: 'rsa', size: 2048 });
  const template = {
    subject: { commonName: 'test-ca', organizations: [] },
    publicKeyPem: key.publicKeyPem,
    isCA: true,
    keyUsages: ['keyCertSign', 'cRLSign', 'digitalSignature'] as const,
    extKeyUsages: [],
    sans: { dns: [], ips: [] },
    notBefore: new Date(Date.now() - day),
    notAfter: new Date(Date.now() + 10 * day),
  };
  const { certPem } = buildCertificate({ ...template, keyUsages: [...template.keyUsages] }, { selfKey: nativeKey(key.privateKeyPem) });
  return { certPem, issuer: toIssuer(certPem, nativeKey(key.privateKeyPem)) };
}

describe('buildCertificate', () => {
  it.each(['ecdsa-p256', 'rsa-2048'] as const)('signs a %s leaf with the RSA CA, a certificate openssl verifies', async (leaf) => {
    const ca = await rsaCa();
    const key = await generateKey(leafKeySpec(leaf));
    const { certPem } = buildCertificate(
      {
        subject: { commonName: 'kube-apiserver', organizations: ['kdeploy'] },
        publicKeyPem: key.publicKeyPem,
        isCA: false,
        keyUsages: ['digitalSignature'],
        extKeyUsages: ['serverAuth'],
        sans: { dns: ['kubernetes'], ips: ['10.96.0.1'] },
        notBefore: new Date(Date.now() - day),
        notAfter: new Date(Date.now() + day),
      },
      ca.issuer,
    );
    const cert = new X509Certificate(certPem);
    const caCert = new X509Certificate(ca.certPem);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(key.privateKeyPem))).toBe(true);
    expect(cert.publicKey.asymmetricKeyType).toBe(leaf === 'ecdsa-p256' ? 'ec' : 'rsa');
    expect(cert.subjectAltName).toBe('DNS:kubernetes, IP Address:10.96.0.1');

    const dir = mkdtempSync(join(tmpdir(), 'x509-'));
    writeFileSync(join(dir, 'ca.crt'), ca.certPem);
    writeFileSync(join(dir, 'leaf.crt'), certPem);
    expect(execFileSync('openssl', ['verify', '-CAfile', join(dir, 'ca.crt'), join(dir, 'leaf.crt')]).toString()).toContain(': OK');
    const text = execFileSync('openssl', ['x509', '-noout', '-text', '-in', join(dir, 'leaf.crt')]).toString();
    expect(text).toContain(leaf === 'ecdsa-p256' ? 'NIST CURVE: P-256' : 'Public-Key: (2048 bit)');
    // the subject key identifier is the SHA-1 of the key's bits: the SPKI's last 65 bytes (the P-256 point) or 270 (RSAPublicKey)
    const ski = /Subject Key Identifier:\s*\n\s*([0-9A-F:]+)/.exec(text)?.[1];
    const der = createPublicKey(key.publicKeyPem).export({ type: 'spki', format: 'der' });
    const bits = der.subarray(der.length - (leaf === 'ecdsa-p256' ? 65 : 270));
    expect(ski).toBe(createHash('sha1').update(bits).digest('hex').toUpperCase().match(/../g)?.join(':'));
  });
});
