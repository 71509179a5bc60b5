import { X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { pkiV1 } from '@kdeploy/proto';
import { opensslCsr, opensslVerify } from '../testing/openssl';
import { LAB_INIT, startPkiHarness } from '../testing/pki-harness';

jest.setTimeout(60_000);

const SERVER = '1.3.6.1.5.5.7.3.1';
const CLIENT = '1.3.6.1.5.5.7.3.2';
const CA_OF = {
  kubernetes: 'CERTIFICATE_AUTHORITY_KUBERNETES',
  etcd: 'CERTIFICATE_AUTHORITY_ETCD',
  'front-proxy': 'CERTIFICATE_AUTHORITY_FRONT_PROXY',
} as const;

interface Case {
  profile: pkiV1.CertificateProfile;
  ca: keyof typeof CA_OF;
  subject: string;
  usages: string[];
  /** For host-bound profiles: the host and the SANs its CSR asks for (openssl -addext form). */
  host?: string;
  sans?: string[];
  /** For profiles whose key pki-service makes: the DNS names IssueCertificate asks for. */
  issueSans?: string[];
  /** What node:crypto prints as subjectAltName for the signed certificate. */
  expectSan?: string;
}

const apiserverSans = [
  'DNS:kubernetes',
  'DNS:kubernetes.default',
  'DNS:kubernetes.default.svc',
  'DNS:kubernetes.default.svc.cluster.local',
  'DNS:localhost',
  'DNS:lab1',
  'DNS:lab2',
  'IP:10.96.0.1',
  'IP:127.0.0.1',
  'IP:10.211.0.11',
  'IP:10.211.0.12',
  'IP:10.211.0.100',
];

const CASES: Case[] = [
  {
    profile: 'CERTIFICATE_PROFILE_ETCD_SERVER',
    ca: 'etcd',
    subject: 'CN=lab1',
    usages: [SERVER, CLIENT],
    host: 'lab1',
    sans: ['DNS:lab1', 'DNS:localhost', 'IP:10.211.0.11', 'IP:127.0.0.1'],
    expectSan: 'DNS:lab1, DNS:localhost, IP Address:10.211.0.11, IP Address:127.0.0.1',
  },
  {
    profile: 'CERTIFICATE_PROFILE_ETCD_PEER',
    ca: 'etcd',
    subject: 'CN=lab3',
    usages: [SERVER, CLIENT],
    host: 'lab3',
    sans: ['DNS:lab3', 'IP:10.211.0.13'],
    expectSan: 'DNS:lab3, IP Address:10.211.0.13',
  },
  { profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER', ca: 'etcd', subject: 'CN=kube-apiserver-etcd-client', usages: [CLIENT] },
  { profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_HEALTHCHECK', ca: 'etcd', subject: 'CN=kube-etcd-healthcheck-client', usages: [CLIENT] },
  {
    profile: 'CERTIFICATE_PROFILE_APISERVER_SERVING',
    ca: 'kubernetes',
    subject: 'CN=kube-apiserver',
    usages: [SERVER],
    host: 'lab2',
    sans: apiserverSans,
    expectSan: apiserverSans.map((s) => s.replace(/^IP:/, 'IP Address:')).join(', '),
  },
  {
    profile: 'CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT',
    ca: 'kubernetes',
    subject: 'CN=kube-apiserver-kubelet-client',
    usages: [CLIENT],
  },
  { profile: 'CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT', ca: 'front-proxy', subject: 'CN=front-proxy-client', usages: [CLIENT] },
  { profile: 'CERTIFICATE_PROFILE_ADMIN', ca: 'kubernetes', subject: 'O=system:masters\nCN=kubernetes-admin', usages: [CLIENT] },
  { profile: 'CERTIFICATE_PROFILE_CONTROLLER_MANAGER', ca: 'kubernetes', subject: 'CN=system:kube-controller-manager', usages: [CLIENT] },
  { profile: 'CERTIFICATE_PROFILE_SCHEDULER', ca: 'kubernetes', subject: 'CN=system:kube-scheduler', usages: [CLIENT] },
  { profile: 'CERTIFICATE_PROFILE_KUBE_PROXY', ca: 'kubernetes', subject: 'O=system:node-proxier\nCN=system:kube-proxy', usages: [CLIENT] },
  {
    profile: 'CERTIFICATE_PROFILE_KUBELET_CLIENT',
    ca: 'kubernetes',
    subject: 'O=system:nodes\nCN=system:node:work1',
    usages: [CLIENT],
    host: 'work1',
  },
  {
    profile: 'CERTIFICATE_PROFILE_KUBELET_SERVING',
    ca: 'kubernetes',
    subject: 'O=system:nodes\nCN=system:node:work1',
    usages: [SERVER],
    host: 'work1',
    sans: ['DNS:work1', 'IP:10.211.0.14'],
    expectSan: 'DNS:work1, IP Address:10.211.0.14',
  },
  { profile: 'CERTIFICATE_PROFILE_ETCD_CLIENT_FLANNEL', ca: 'etcd', subject: 'CN=flannel', usages: [CLIENT], host: 'work1' },
  { profile: 'CERTIFICATE_PROFILE_FLANNEL', ca: 'kubernetes', subject: 'CN=kdeploy:flannel', usages: [CLIENT], host: 'work1' },
  {
    profile: 'CERTIFICATE_PROFILE_METRICS_SERVER_SERVING',
    ca: 'kubernetes',
    subject: 'CN=metrics-server',
    usages: [SERVER],
    issueSans: ['metrics-server.kube-system.svc'],
    expectSan: 'DNS:metrics-server.kube-system.svc',
  },
];

const opensslSubject = (s: string) => '/' + s.split('\n').join('/');

describe('pki-service profiles (real gRPC server, certificates checked with openssl and node:crypto)', () => {
  let pki: Awaited<ReturnType<typeof startPkiHarness>>;
  let cas: Record<string, string>;
  beforeAll(async () => {
    pki = await startPkiHarness();
    const res = await pki.client.unary('InitCluster', LAB_INIT);
    cas = Object.fromEntries(res.cas.map((c) => [c.authority, c.certificatePem]));
  });
  afterAll(() => pki.stop());

  it.each(CASES)('$profile chains to the $ca CA with exactly its subject, usages and SANs', async (c) => {
    let certPem: string;
    if (c.host) {
      const { csrPem } = opensslCsr(opensslSubject(c.subject), { sans: c.sans });
      const res = await pki.client.unary('SignCertificateRequest', { clusterId: 'lab', profile: c.profile, csrPem, host: c.host });
      certPem = res.certificate!.certificatePem;
      expect(res.certificate!.caCertificatePem).toBe(cas[CA_OF[c.ca]]);
    } else {
      const sans = c.issueSans ? { dnsNames: c.issueSans, ipAddresses: [] } : undefined;
      const res = await pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: c.profile, sans });
      certPem = res.certificate!.certificatePem;
      expect(new X509Certificate(certPem).checkPrivateKey(require('node:crypto').createPrivateKey(res.keyPem))).toBe(true);
    }
    const caPem = cas[CA_OF[c.ca]];
    const x = new X509Certificate(certPem);
    const ca = new X509Certificate(caPem);
    expect(x.verify(ca.publicKey)).toBe(true);
    expect(x.checkIssued(ca)).toBe(true);
    for (const [other, pem] of Object.entries(cas))
      if (other !== CA_OF[c.ca]) expect(x.verify(new X509Certificate(pem).publicKey)).toBe(false);
    expect(opensslVerify(caPem, certPem, c.usages.includes(SERVER) ? 'sslserver' : 'sslclient')).toMatch(/OK/);
    expect(x.subject).toBe(c.subject);
    expect([...(x.keyUsage ?? [])].sort()).toEqual([...c.usages].sort());
    expect(x.subjectAltName).toBe(c.expectSan);
    expect(x.ca).toBe(false);
    const text = execFileSync('openssl', ['x509', '-noout', '-ext', 'keyUsage,basicConstraints'], { input: certPem }).toString();
    expect(text).toMatch(/critical\s+Digital Signature, Key Encipherment/);
    expect(text).toContain('CA:FALSE');
    const days = (Date.parse(x.validTo) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
  });

  it('issues the in-cluster signer as an intermediate CA that may only sign leaves', async () => {
    const res = await pki.client.unary('IssueCertificate', { clusterId: 'lab', profile: 'CERTIFICATE_PROFILE_CLUSTER_SIGNER' });
    const x = new X509Certificate(res.certificate!.certificatePem);
    expect(x.ca).toBe(true);
    expect(x.verify(new X509Certificate(cas['CERTIFICATE_AUTHORITY_KUBERNETES']).publicKey)).toBe(true);
    const text = execFileSync('openssl', ['x509', '-noout', '-ext', 'basicConstraints,keyUsage'], {
      input: res.certificate!.certificatePem,
    }).toString();
    expect(text).toContain('CA:TRUE, pathlen:0');
    expect(text).toContain('Certificate Sign');
  });

  it('makes CAs valid for ten years with only CA usages', () => {
    for (const pem of Object.values(cas)) {
      const x = new X509Certificate(pem);
      expect(x.ca).toBe(true);
      expect(x.verify(x.publicKey)).toBe(true);
      const years = (Date.parse(x.validTo) - Date.now()) / (365.25 * 86_400_000);
      expect(Math.round(years)).toBe(10);
    }
    expect(new Set(Object.values(cas)).size).toBe(3);
  });
});
