import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyError } from '@kdeploy/errors';
import { SecretBox } from '@kdeploy/secrets';
import { SqlitePkiStore } from '../store/sqlite-store';
import { opensslCsr, opensslVerify } from '../testing/openssl';
import { CertificateAuthority } from './authority';
import { ClusterFacts } from './cluster-facts';

const facts: ClusterFacts = {
  hosts: [
    { name: 'm1', address: '10.211.0.11', roles: ['master', 'etcd', 'node'] },
    { name: 'w1', address: '10.211.0.12', roles: ['node'] },
  ],
  apiserverSans: { dns: ['kubernetes', 'kubernetes.default', 'm1'], ips: ['10.96.0.1', '10.211.0.11', '127.0.0.1'] },
  caValidityDays: 3650,
  leafValidityDays: 365,
  keySize: 2048,
  leafKey: 'rsa-2048',
};

describe('CertificateAuthority', () => {
  let ca: CertificateAuthority;
  beforeAll(async () => {
    const store = new SqlitePkiStore(join(mkdtempSync(join(tmpdir(), 'kd-pki-')), 'pki.db'), SecretBox.fromKeyMaterial('a'.repeat(64)));
    ca = new CertificateAuthority(store);
    await ca.initCluster('c1', facts);
  });

  it('signs an etcd member CSR made by openssl, chaining to the etcd CA only', () => {
    const { csrPem } = opensslCsr('/CN=m1', { sans: ['DNS:m1', 'IP:10.211.0.11', 'IP:127.0.0.1'] });
    const rec = ca.signCsr('c1', 'etcd-server', csrPem, 'm1');
    const etcdCa = ca.cluster('c1').cas.find((c) => c.name === 'etcd-ca')!;
    const k8sCa = ca.cluster('c1').cas.find((c) => c.name === 'kubernetes-ca')!;
    expect(opensslVerify(etcdCa.certPem, rec.certPem, 'sslserver')).toContain('OK');
    expect(() => opensslVerify(k8sCa.certPem, rec.certPem)).toThrow();
    const x = new X509Certificate(rec.certPem);
    expect(x.subjectAltName).toBe('DNS:m1, IP Address:10.211.0.11, IP Address:127.0.0.1');
  });

  it('refuses a CSR for an etcd member on a host without the etcd role', () => {
    const { csrPem } = opensslCsr('/CN=w1', { sans: ['DNS:w1'] });
    expect(() => ca.signCsr('c1', 'etcd-server', csrPem, 'w1')).toThrow(PolicyError);
  });

  it('refuses a SAN the profile does not allow, naming it', () => {
    const { csrPem } = opensslCsr('/CN=m1', { sans: ['DNS:m1', 'DNS:evil.example'] });
    expect(() => ca.signCsr('c1', 'etcd-peer', csrPem, 'm1')).toThrow(/evil\.example/);
  });
  it('signs an ECDSA P-256 CSR made by openssl, and refuses one on a curve it does not take, naming it', () => {
    const { csrPem, keyPem } = opensslCsr('/CN=m1', { sans: ['DNS:m1'], curve: 'P-256' });
    const rec = ca.signCsr('c1', 'etcd-server', csrPem, 'm1');
    const etcdCa = ca.cluster('c1').cas.find((c) => c.name === 'etcd-ca')!;
    expect(opensslVerify(etcdCa.certPem, rec.certPem, 'sslserver')).toContain('OK');
    const x = new X509Certificate(rec.certPem);
    expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(x.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
    const odd = opensslCsr('/CN=m1', { sans: ['DNS:m1'], curve: 'secp256k1' });
    expect(() => ca.signCsr('c1', 'etcd-server', odd.csrPem, 'm1')).toThrow(/RSA or ECDSA on P-256 or P-384, not ec secp256k1/);
  });

  it("issues keys of the cluster's leaf algorithm: ECDSA P-256 leaves, the cluster signer (a CA) still RSA", async () => {
    await ca.initCluster('c2', { ...facts, leafKey: 'ecdsa-p256' });
    const client = await ca.issueWithKey('c2', 'admin');
    expect(createPrivateKey(client.keyPem).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const k8sCa = ca.cluster('c2').cas.find((c) => c.name === 'kubernetes-ca')!;
    expect(opensslVerify(k8sCa.certPem, client.record.certPem, 'sslclient')).toContain('OK');
    const signer = await ca.issueWithKey('c2', 'cluster-signer');
    expect(createPrivateKey(signer.keyPem).asymmetricKeyType).toBe('rsa');
    expect(new X509Certificate(signer.record.certPem).ca).toBe(true);
  });
});
