import { status } from '@grpc/grpc-js';
import { RemoteCallError } from '@kdeploy/grpc';
import { opensslCsr } from '../testing/openssl';
import { LAB_INIT, startPkiHarness } from '../testing/pki-harness';

jest.setTimeout(60_000);

describe('pki-service refuses what a profile does not allow, and signs nothing', () => {
  let pki: Awaited<ReturnType<typeof startPkiHarness>>;
  beforeAll(async () => {
    pki = await startPkiHarness();
    await pki.client.unary('InitCluster', LAB_INIT);
  });
  afterAll(() => pki.stop());

  async function refusal(req: Parameters<typeof pki.client.unary<'SignCertificateRequest'>>[1]): Promise<RemoteCallError> {
    const before = (await pki.client.unary('ListCertificates', { clusterId: 'lab', includeRevoked: true })).certificates.length;
    const err = await pki.client.unary('SignCertificateRequest', req).then(
      () => {
        throw new Error('signed what it should have refused');
      },
      (e: unknown) => e as RemoteCallError,
    );
    const after = (await pki.client.unary('ListCertificates', { clusterId: 'lab', includeRevoked: true })).certificates.length;
    expect(after).toBe(before);
    return err;
  }

  it('refuses a CSR asking for another name than the profile fixes', async () => {
    const { csrPem } = opensslCsr('/O=system:masters/CN=system:node:lab1');
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_KUBELET_CLIENT', host: 'lab1', csrPem });
    expect(e.grpcCode).toBe(status.PERMISSION_DENIED);
    expect(e.message).toContain('signs only subject "O=system:nodes, CN=system:node:lab1"');
  });

  it('refuses a kubelet CSR for another node than the one named', async () => {
    const { csrPem } = opensslCsr('/O=system:nodes/CN=system:node:lab2');
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_KUBELET_CLIENT', host: 'lab1', csrPem });
    expect(e.message).toContain('CN=system:node:lab1');
  });

  it('refuses a SAN the profile does not allow, naming it', async () => {
    const { csrPem } = opensslCsr('/CN=lab1', { sans: ['DNS:lab1', 'IP:10.211.0.12'] });
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_SERVER', host: 'lab1', csrPem });
    expect(e.message).toContain('does not allow SAN(s) 10.211.0.12 for host lab1');
  });

  it('refuses requested SANs beyond the profile even when the CSR has none', async () => {
    const { csrPem } = opensslCsr('/CN=kube-apiserver');
    const e = await refusal({
      clusterId: 'lab',
      profile: 'CERTIFICATE_PROFILE_APISERVER_SERVING',
      host: 'lab1',
      csrPem,
      sans: { dnsNames: ['kubernetes', 'attacker.example'], ipAddresses: [] },
    });
    expect(e.message).toContain('attacker.example');
  });

  it('refuses a usage the profile does not allow', async () => {
    const { csrPem } = opensslCsr('/O=system:nodes/CN=system:node:lab1', { extraExt: ['extendedKeyUsage=serverAuth'] });
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_KUBELET_CLIENT', host: 'lab1', csrPem });
    expect(e.message).toContain('does not allow usage(s) serverAuth');
  });

  it('refuses a CSR asking to be a CA', async () => {
    const { csrPem } = opensslCsr('/CN=lab1', { extraExt: ['basicConstraints=critical,CA:TRUE'] });
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_PEER', host: 'lab1', csrPem });
    expect(e.message).toContain('does not sign CA certificates');
  });

  it('refuses an etcd identity for a host without the etcd role', async () => {
    const { csrPem } = opensslCsr('/CN=work1');
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_PEER', host: 'work1', csrPem });
    expect(e.message).toContain('host work1 does not have role etcd');
  });

  it('refuses a key weaker than the cluster policy', async () => {
    const { csrPem } = opensslCsr('/CN=lab1', { bits: 1024 });
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_PEER', host: 'lab1', csrPem });
    expect(e.message).toContain('at least 2048 bits or ECDSA P-256, the CSR has RSA 1024');
  });

  it('refuses a CSR whose signature does not match its key, as invalid input', async () => {
    const { csrPem } = opensslCsr('/CN=lab1');
    const body = Buffer.from(csrPem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
    body[body.length - 5] ^= 0xff;
    const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${body.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE REQUEST-----\n`;
    const e = await refusal({ clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_PEER', host: 'lab1', csrPem: tampered });
    expect(e.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(e.message).toContain('csr: CSR signature does not verify');
  });

  it('refuses host-bound profiles on IssueCertificate: their keys are made on the host', async () => {
    await expect(
      pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_ETCD_SERVER', host: 'lab1' }),
    ).rejects.toThrow(/bound to a host/);
  });

  it('names every bad field of an InitCluster request', async () => {
    const e = await pki.client
      .unary('InitCluster', { clusterId: 'Bad_Id', hosts: [{ name: 'lab1', address: '10.211.0.300', roles: [] }] })
      .catch((x: RemoteCallError) => x);
    expect((e as RemoteCallError).grpcCode).toBe(status.INVALID_ARGUMENT);
    expect((e as Error).message).toContain('cluster_id: required');
    expect((e as Error).message).toContain('hosts[0].address: not an IPv4 or IPv6 address');
    expect((e as Error).message).toContain('hosts[0].roles: at least one of');
  });

  it('answers NOT_FOUND for a cluster without PKI', async () => {
    const e = await pki.client.unary('GetCACertificates', { clusterId: 'nope' }).catch((x: RemoteCallError) => x);
    expect((e as RemoteCallError).grpcCode).toBe(status.NOT_FOUND);
  });
});
