import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveCluster, initClusterMessage, masterSpecMessage, parseClusterSpecText } from '@kdeploy/cluster-spec';
import { exampleText } from '@kdeploy/cluster-spec/testing';
import type { commonV1 } from '@kdeploy/proto';
import { startPkiProcess, testTls } from '@kdeploy/testing';
import { MASTER_IDENTITIES } from '../control-plane/identities';
import { ClusterPki, clusterPki } from '@kdeploy/installer';

const CLUSTER = 'master-pki';
const spec = parseClusterSpecText(exampleText('lab-cluster.yaml'));
const derived = deriveCluster(spec);

/** A CSR made the way a master makes it: its own key, with openssl. */
function csrFor(commonName: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kd-csr-'));
  try {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { mode: 0o600 });
    return execFileSync('openssl', ['req', '-new', '-key', join(dir, 'key.pem'), '-subj', `/CN=${commonName}`, '-batch'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const extKeyUsage = (pem: string) =>
  execFileSync('openssl', ['x509', '-noout', '-ext', 'extendedKeyUsage,basicConstraints'], { input: pem, encoding: 'utf8' });

describe("a master's certificates from a real pki-service, through the kit's client", () => {
  let pki: Awaited<ReturnType<typeof startPkiProcess>>;
  let access: ClusterPki;

  beforeAll(async () => {
    pki = await startPkiProcess();
    await pki.client.unary('InitCluster', initClusterMessage(CLUSTER, spec, derived));
    const source: commonV1.PkiSource__Output = { source: 'service', service: { address: pki.address } };
    access = clusterPki(source, CLUSTER, (await testTls()).client());
  }, 120_000);
  afterAll(async () => {
    access?.close();
    await pki?.stop();
  });

  it('signs the apiserver CSR made on a master for exactly the derived SANs, for serving only', async () => {
    const { apiserverSans } = masterSpecMessage(derived);
    const cas = await access.cas();
    const pem = await access.sign('CERTIFICATE_PROFILE_APISERVER_SERVING', 'lab1', csrFor('kube-apiserver'), {
      dns: apiserverSans?.dnsNames ?? [],
      ips: apiserverSans?.ipAddresses ?? [],
    });
    const cert = new X509Certificate(pem);
    expect(cert.verify(new X509Certificate(cas.kubernetes).publicKey)).toBe(true);
    for (const ip of ['10.96.0.1', '127.0.0.1', '10.211.0.11', '10.211.0.12', '10.211.0.13'])
      expect(cert.subjectAltName).toContain(`IP Address:${ip}`);
    expect(cert.subjectAltName).toContain('DNS:kubernetes.default.svc.cluster.local');
    expect(extKeyUsage(pem)).toMatch(/TLS Web Server Authentication/);
    expect(extKeyUsage(pem)).not.toMatch(/Client Authentication/);
  });

  it('issues every client identity and the signer from the CA each is checked against, with the names Kubernetes expects', async () => {
    const cas = await access.cas();
    const expected: Record<string, { ca: keyof typeof cas; subject: RegExp; isCa?: boolean }> = {
      CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER: { ca: 'etcd', subject: /CN=kube-apiserver-etcd-client/ },
      CERTIFICATE_PROFILE_APISERVER_KUBELET_CLIENT: { ca: 'kubernetes', subject: /CN=kube-apiserver-kubelet-client/ },
      CERTIFICATE_PROFILE_FRONT_PROXY_CLIENT: { ca: 'frontProxy', subject: /CN=front-proxy-client/ },
      CERTIFICATE_PROFILE_CONTROLLER_MANAGER: { ca: 'kubernetes', subject: /CN=system:kube-controller-manager/ },
      CERTIFICATE_PROFILE_SCHEDULER: { ca: 'kubernetes', subject: /CN=system:kube-scheduler/ },
      CERTIFICATE_PROFILE_CLUSTER_SIGNER: { ca: 'kubernetes', subject: /CN=kubernetes-cluster-signer/, isCa: true },
    };
    const issued = MASTER_IDENTITIES.filter((i) => i.source === 'issued');
    expect(issued.map((i) => i.profile).sort()).toEqual(Object.keys(expected).sort());
    for (const identity of issued) {
      const want = expected[identity.profile];
      const { certPem, keyPem } = await access.issue(identity.profile);
      const cert = new X509Certificate(certPem);
      expect(cert.subject).toMatch(want.subject);
      expect(cert.verify(new X509Certificate(cas[want.ca]).publicKey)).toBe(true);
      expect(cert.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
      expect(cert.ca).toBe(want.isCa === true);
      if (!want.isCa) expect(extKeyUsage(certPem)).toMatch(/TLS Web Client Authentication/);
    }
  });

  it('hands out the service-account key pair, which is no certificate authority', async () => {
    const sa = await access.serviceAccountKeys();
    expect(sa.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(sa.keyPem).toContain('PRIVATE KEY');
    const cas = await access.cas();
    const caKey = new X509Certificate(cas.kubernetes).publicKey.export({ type: 'spki', format: 'pem' });
    expect(sa.publicKeyPem).not.toBe(caKey);
  });

  it('refuses a request without pki-service, naming the field', () => {
    expect(() => clusterPki(null, CLUSTER, undefined)).toThrow(/pki.service.address/);
  });
});
