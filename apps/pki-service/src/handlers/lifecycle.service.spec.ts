import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createGrpcClient } from '@kdeploy/grpc';
import { ALL_REFUSED, listServices, refusedCallers } from '@kdeploy/grpc/testing';
import { loadKdeployPackage } from '@kdeploy/proto';
import { opensslCsr } from '../testing/openssl';
import { LAB_INIT, startPkiHarness } from '../testing/pki-harness';

jest.setTimeout(60_000);

describe('pki-service lifecycle', () => {
  it('returns the same CAs when InitCluster is called again, and after a restart on the same store', async () => {
    const first = await startPkiHarness();
    const a = await first.client.unary('InitCluster', LAB_INIT);
    const b = await first.client.unary('InitCluster', LAB_INIT);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.cas).toEqual(a.cas);
    const sa = await first.client.unary('GetServiceAccountKeys', { clusterId: 'lab' });
    await first.stop();

    const again = await startPkiHarness({ storePath: first.storePath });
    try {
      const c = await again.client.unary('InitCluster', LAB_INIT);
      expect(c.created).toBe(false);
      expect(c.cas.map((x) => x.certificatePem)).toEqual(a.cas.map((x) => x.certificatePem));
      expect(await again.client.unary('GetServiceAccountKeys', { clusterId: 'lab' })).toEqual(sa);
      // The restarted service can still sign with the CA keys it decrypted from the store.
      const { csrPem } = opensslCsr('/CN=lab1', { sans: ['DNS:lab1'] });
      const signed = await again.client.unary('SignCertificateRequest', {
        clusterId: 'lab',
        profile: 'CERTIFICATE_PROFILE_ETCD_PEER',
        host: 'lab1',
        csrPem,
      });
      const etcdCa = c.cas.find((x) => x.authority === 'CERTIFICATE_AUTHORITY_ETCD')!;
      expect(new X509Certificate(signed.certificate!.certificatePem).verify(new X509Certificate(etcdCa.certificatePem).publicKey)).toBe(
        true,
      );
    } finally {
      await again.stop();
    }
  });

  it('reports in a dry run what InitCluster would do, writing nothing, and agrees with the real call', async () => {
    const pki = await startPkiHarness();
    try {
      expect(await pki.client.unary('InitCluster', { ...LAB_INIT, dryRun: true })).toEqual({ created: true, factsChanged: false, cas: [] });
      const none = await pki.client.unary('GetCACertificates', { clusterId: 'lab' }).then(
        () => 'has CAs',
        (e: Error) => e.message,
      );
      expect(none).toMatch(/NOT_FOUND/);
      expect((await pki.client.unary('InitCluster', LAB_INIT)).created).toBe(true);
      // the same facts again: nothing to do, in the dry run and in the real call
      expect(await pki.client.unary('InitCluster', { ...LAB_INIT, dryRun: true })).toMatchObject({ created: false, factsChanged: false });
      expect(await pki.client.unary('InitCluster', LAB_INIT)).toMatchObject({ created: false, factsChanged: false });
      // another host list: an update in both, and the dry run did not write it
      const grown = {
        ...LAB_INIT,
        hosts: [...(LAB_INIT.hosts ?? []), { name: 'work2', address: '10.211.0.15', roles: ['ROLE_NODE' as const] }],
      };
      expect(await pki.client.unary('InitCluster', { ...grown, dryRun: true })).toMatchObject({ created: false, factsChanged: true });
      expect(await pki.client.unary('InitCluster', grown)).toMatchObject({ created: false, factsChanged: true });
      expect(await pki.client.unary('InitCluster', grown)).toMatchObject({ created: false, factsChanged: false });
    } finally {
      await pki.stop();
    }
  });

  it('records the leaf key algorithm: issued keys and GetCACertificates follow it, CA keys stay RSA, and an ECDSA CA is refused', async () => {
    const pki = await startPkiHarness();
    try {
      const refused = await pki.client.unary('InitCluster', { ...LAB_INIT, keyAlgorithm: 'KEY_ALGORITHM_ECDSA_P256' }).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
      expect(refused).toContain('key_algorithm: CA keys are RSA');
      await pki.client.unary('InitCluster', { ...LAB_INIT, leafKeyAlgorithm: 'KEY_ALGORITHM_ECDSA_P256' });
      const { cas, leafKeyAlgorithm } = await pki.client.unary('GetCACertificates', { clusterId: 'lab' });
      expect(leafKeyAlgorithm).toBe('KEY_ALGORITHM_ECDSA_P256');
      for (const ca of cas) expect(new X509Certificate(ca.certificatePem).publicKey.asymmetricKeyType).toBe('rsa');
      const admin = await pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ADMIN' });
      expect(new X509Certificate(admin.certificate?.certificatePem ?? '').publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
      // an RSA key asked for by name is still made, at the cluster's size or more
      const rsa = await pki.client.unary('IssueCertificate', {
        clusterId: 'lab',
        profile: 'CERTIFICATE_PROFILE_ADMIN',
        keyAlgorithm: 'KEY_ALGORITHM_RSA_3072',
      });
      expect(new X509Certificate(rsa.certificate?.certificatePem ?? '').publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    } finally {
      await pki.stop();
    }
  });

  it("deletes a cluster's PKI only when asked, for good; a second delete finds nothing; a new InitCluster makes new CAs", async () => {
    const pki = await startPkiHarness();
    try {
      const first = await pki.client.unary('InitCluster', LAB_INIT);
      await pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ADMIN' });
      expect(await pki.client.unary('DeleteCluster', { clusterId: 'lab' })).toEqual({ deleted: true });
      expect(
        await pki.client.unary('GetCACertificates', { clusterId: 'lab' }).then(
          () => 'has CAs',
          (e: Error) => e.message,
        ),
      ).toMatch(/NOT_FOUND/);
      expect(
        await pki.client.unary('ListCertificates', { clusterId: 'lab' }).then(
          (r) => String(r.certificates.length),
          (e: Error) => e.message,
        ),
      ).toMatch(/NOT_FOUND|^0$/);
      expect(await pki.client.unary('DeleteCluster', { clusterId: 'lab' })).toEqual({ deleted: false });
      const again = await pki.client.unary('InitCluster', LAB_INIT);
      expect(again.created).toBe(true);
      expect(again.cas.map((c) => c.certificatePem)).not.toEqual(first.cas.map((c) => c.certificatePem));
    } finally {
      await pki.stop();
    }
  });

  it('refuses to open a store with another key, and stores no CA key in clear', async () => {
    const first = await startPkiHarness();
    const { cas } = await first.client.unary('InitCluster', LAB_INIT);
    const sa = await first.client.unary('GetServiceAccountKeys', { clusterId: 'lab' });
    await first.stop();
    await expect(startPkiHarness({ storePath: first.storePath, storeKey: '6'.repeat(64) })).rejects.toThrow('the store key is wrong');
    const raw = readFileSync(first.storePath).toString('latin1');
    expect(raw).toContain(cas[0].certificatePem.split('\n')[1]);
    expect(raw).not.toContain('PRIVATE KEY');
    expect(raw).not.toContain(sa.keyPem.split('\n')[1]);
  });

  it('makes the Secrets encryption key once per cluster, keeps it sealed across restarts, and deletes it with the cluster', async () => {
    const first = await startPkiHarness();
    await expect(first.client.unary('GetSecretsEncryptionKey', { clusterId: 'lab' })).rejects.toThrow(/InitCluster first/);
    await first.client.unary('InitCluster', LAB_INIT);
    const [a, b] = await Promise.all([
      first.client.unary('GetSecretsEncryptionKey', { clusterId: 'lab' }),
      first.client.unary('GetSecretsEncryptionKey', { clusterId: 'lab' }),
    ]);
    expect(Buffer.from(a.key, 'base64')).toHaveLength(32);
    expect(b.key).toBe(a.key);
    await first.stop();
    expect(readFileSync(first.storePath).toString('latin1')).not.toContain(a.key);
    const again = await startPkiHarness({ storePath: first.storePath });
    try {
      expect((await again.client.unary('GetSecretsEncryptionKey', { clusterId: 'lab' })).key).toBe(a.key);
      await again.client.unary('DeleteCluster', { clusterId: 'lab' });
      await again.client.unary('InitCluster', LAB_INIT);
      expect((await again.client.unary('GetSecretsEncryptionKey', { clusterId: 'lab' })).key).not.toBe(a.key);
    } finally {
      await again.stop();
    }
  });

  it('renews with the same subject, SANs and key; revoked certificates are reported and not renewed', async () => {
    const pki = await startPkiHarness();
    try {
      await pki.client.unary('InitCluster', LAB_INIT);
      const { csrPem } = opensslCsr('/CN=lab2', { sans: ['DNS:lab2', 'IP:10.211.0.12'] });
      const old = (
        await pki.client.unary('SignCertificateRequest', {
          clusterId: 'lab',
          profile: 'CERTIFICATE_PROFILE_ETCD_SERVER',
          host: 'lab2',
          csrPem,
          validityDays: 10,
        })
      ).certificate!;
      const soon = await pki.client.unary('ListCertificates', { clusterId: 'lab', expiringWithinDays: 30 });
      expect(soon.certificates.map((c) => c.serialNumber)).toEqual([old.serialNumber]);
      expect(soon.certificates[0]).toMatchObject({
        profile: 'CERTIFICATE_PROFILE_ETCD_SERVER',
        host: 'lab2',
        commonName: 'lab2',
        sans: { dnsNames: ['lab2'], ipAddresses: ['10.211.0.12'] },
      });

      const renewed = (await pki.client.unary('Renew', { clusterId: 'lab', serialNumber: old.serialNumber })).certificate!;
      const [x, y] = [new X509Certificate(old.certificatePem), new X509Certificate(renewed.certificatePem)];
      expect(renewed.serialNumber).not.toBe(old.serialNumber);
      expect([y.subject, y.subjectAltName]).toEqual([x.subject, x.subjectAltName]);
      expect(y.publicKey.equals(x.publicKey)).toBe(true);
      expect(Date.parse(y.validTo)).toBeGreaterThan(Date.parse(x.validTo) + 300 * 86_400_000);

      await pki.client.unary('Revoke', { clusterId: 'lab', serialNumber: old.serialNumber, reason: 'superseded' });
      await expect(pki.client.unary('Renew', { clusterId: 'lab', serialNumber: old.serialNumber })).rejects.toThrow(/revoked/);
      const all = await pki.client.unary('ListCertificates', { clusterId: 'lab', includeRevoked: true });
      expect(all.certificates.find((c) => c.serialNumber === old.serialNumber)?.revoked).toBe(true);
      expect(all.certificates.filter((c) => c.isCa)).toHaveLength(3);
      const valid = await pki.client.unary('ListCertificates', { clusterId: 'lab' });
      expect(valid.certificates.some((c) => c.serialNumber === old.serialNumber)).toBe(false);
    } finally {
      await pki.stop();
    }
  });

  it('refuses callers without a client certificate of the internal CA (none, another CA, expired) with UNAUTHENTICATED', async () => {
    const pki = await startPkiHarness();
    try {
      expect(await refusedCallers(pki.service.address, pki.tls.ca)).toEqual(ALL_REFUSED);
    } finally {
      await pki.stop();
    }
  });

  it('answers health SERVING, lists its service through reflection, and never logs key material', async () => {
    const pki = await startPkiHarness();
    try {
      await pki.client.unary('InitCluster', LAB_INIT);
      const issued = await pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ADMIN' });
      const sa = await pki.client.unary('GetServiceAccountKeys', { clusterId: 'lab' });
      await pki.client
        .unary('SignCertificateRequest', {
          clusterId: 'lab',
          profile: 'CERTIFICATE_PROFILE_ETCD_PEER',
          host: 'lab1',
          csrPem: 'CANARY-NOT-A-CSR',
        })
        .catch(() => undefined);
      const health = createGrpcClient(loadKdeployPackage().grpc.health.v1.Health, pki.service.address, { tls: pki.tls.client() });
      const h = await health.unary('Check', { service: 'kdeploy.pki.v1.PkiService' });
      health.close();
      expect(h.status).toBe('SERVING');
      expect(JSON.stringify(h)).not.toMatch(/PRIVATE KEY/);
      expect(await listServices(pki.service.address, pki.tls.client())).toEqual(['grpc.health.v1.Health', 'kdeploy.pki.v1.PkiService']);

      const logs = pki.logs.join('');
      expect(logs).toContain('SignCertificateRequest');
      for (const secret of [issued.keyPem, sa.keyPem]) expect(logs).not.toContain(secret.split('\n')[1]);
      expect(logs).not.toMatch(/PRIVATE KEY|CANARY/);
    } finally {
      await pki.stop();
    }
  });
});
