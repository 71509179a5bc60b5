import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { masterV1 } from '@kdeploy/proto';
import { addonCatalog } from './catalog';
import { corefile } from './coredns';
import { AddonObject } from './objects';
import { apiServiceNotReady, deploymentNotReady } from './readiness';
import { stillGood } from './serving-pair';
import { addonsRequest } from './settings';

const CAS = { kubernetes: 'KUBE-CA', etcd: 'ETCD-CA', frontProxy: 'FP-CA', leafKey: 'ecdsa-p256' as const };
const inputs = {
  images: { coredns: 'kdeploy.local/coredns:v1.15.0', metricsServer: 'kdeploy.local/metrics-server:v0.9.0' },
  clusterDomain: 'example.internal',
  cas: CAS,
  metricsServing: { certPem: 'CERT', keyPem: 'KEY' },
};
const request = (addons: masterV1.AddonsSpec, extra: Partial<masterV1.ApplyAddonsRequest> = {}) =>
  addonsRequest({ addons, readyTimeoutSeconds: 0, ...extra } as masterV1.ApplyAddonsRequest__Output);
const find = (objects: AddonObject[], kind: string, name: string): AddonObject => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name}`);
  return o;
};
type Pod = { spec: { template: { spec: Record<string, unknown> & { containers: Record<string, unknown>[] } } } };
const podOf = (o: AddonObject) => (o as unknown as Pod).spec.template.spec;

describe('add-ons rendered from the request', () => {
  const req = request({
    coredns: { clusterDnsIp: '10.96.0.10', upstreamResolvers: ['10.211.0.1'], replicas: 0 },
    metricsServer: { port: 0 },
  });
  const [dns, metrics] = addonCatalog(req, inputs);

  it('CoreDNS serves the spec domain at the cluster DNS IP, forwards to the given resolvers, two replicas apart', () => {
    const text = (find(dns.objects, 'ConfigMap', 'coredns') as unknown as { data: { Corefile: string } }).data.Corefile;
    expect(text).toContain('kubernetes example.internal in-addr.arpa ip6.arpa {');
    expect(text).toContain('forward . 10.211.0.1 {');
    const svc = find(dns.objects, 'Service', 'kube-dns') as unknown as { spec: { clusterIP: string; ports: { port: number }[] } };
    expect(svc.spec.clusterIP).toBe('10.96.0.10');
    expect(svc.spec.ports.map((p) => p.port)).toEqual([53, 53, 9153]);
    const deploy = find(dns.objects, 'Deployment', 'coredns') as unknown as { spec: { replicas: number } };
    expect(deploy.spec.replicas).toBe(2);
    const pod = podOf(find(dns.objects, 'Deployment', 'coredns'));
    expect(pod.containers[0]['image']).toBe('kdeploy.local/coredns:v1.15.0');
    expect(JSON.stringify(pod['affinity'])).toContain('kubernetes.io/hostname');
  });

  it("forwards to the nodes' resolv.conf when no resolver is given", () => {
    expect(corefile({ clusterDomain: 'cluster.local', upstreams: [] })).toContain('forward . /etc/resolv.conf {');
  });

  it('every container runs without privilege, capabilities or a writable root', () => {
    for (const a of [dns, metrics])
      for (const c of podOf(find(a.objects, 'Deployment', a.name === 'coredns' ? 'coredns' : 'metrics-server')).containers)
        expect(c['securityContext']).toMatchObject({
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          readOnlyRootFilesystem: true,
        });
  });

  it('metrics-server verifies the kubelets and is verified by the aggregation layer', () => {
    const pod = podOf(find(metrics.objects, 'Deployment', 'metrics-server'));
    const args = pod.containers[0]['args'] as string[];
    expect(args).toContain('--kubelet-certificate-authority=/etc/metrics-server/kubelet-ca/ca.crt');
    expect(args.join(' ')).not.toMatch(/insecure/);
    expect(args).toContain('--secure-port=4443');
    expect(pod['hostNetwork']).toBe(true);
    const api = find(metrics.objects, 'APIService', 'v1beta1.metrics.k8s.io') as unknown as { spec: Record<string, unknown> };
    expect(api.spec['insecureSkipTLSVerify']).toBeUndefined();
    expect(Buffer.from(api.spec['caBundle'] as string, 'base64').toString()).toBe('KUBE-CA');
    const ca = find(metrics.objects, 'ConfigMap', 'metrics-server-kubelet-ca') as unknown as { data: Record<string, string> };
    expect(ca.data['ca.crt']).toBe('KUBE-CA');
  });

  it("labels every object as kdeploy's, the mark removal goes by", () => {
    for (const o of [...dns.objects, ...metrics.objects]) expect(o.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('kdeploy');
  });
});

describe('refusals of a bad AddonsSpec, each field named', () => {
  it.each([
    [{ coredns: { clusterDnsIp: '10.96.0', upstreamResolvers: [], replicas: 0 } }, /addons.coredns.cluster_dns_ip: not an IP address/],
    [{ coredns: { clusterDnsIp: '10.96.0.10', upstreamResolvers: ['dns.example'], replicas: 0 } }, /upstream_resolvers\[0\]: not an IP/],
    [{ coredns: { clusterDnsIp: '10.96.0.10', upstreamResolvers: [], replicas: 11 } }, /addons.coredns.replicas: at most 10/],
    [{ metricsServer: { port: 10250 } }, /addons.metrics_server.port: 10250/],
  ])('%j', (addons, message) => {
    expect(() => request(addons as masterV1.AddonsSpec)).toThrow(message);
  });
});

describe('readiness of what the add-ons run', () => {
  it('a Deployment is ready only when every replica of its last generation is available', () => {
    const d = (status: object, generation = 2) => ({ metadata: { generation }, spec: { replicas: 2 }, status });
    expect(deploymentNotReady(d({ observedGeneration: 2, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }))).toBeUndefined();
    expect(deploymentNotReady(d({ observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }))).toMatch(/not seen/);
    expect(
      deploymentNotReady(
        d({
          observedGeneration: 2,
          replicas: 2,
          updatedReplicas: 2,
          availableReplicas: 1,
          conditions: [{ type: 'Available', status: 'False', message: 'min' }],
        }),
      ),
    ).toBe('1/2 replicas available (min)');
  });

  it('an APIService is ready when the aggregation layer says Available', () => {
    expect(apiServiceNotReady({ status: { conditions: [{ type: 'Available', status: 'True' }] } })).toBeUndefined();
    expect(
      apiServiceNotReady({
        status: { conditions: [{ type: 'Available', status: 'False', reason: 'FailedDiscoveryCheck', message: 'x' }] },
      }),
    ).toBe('not available: FailedDiscoveryCheck x');
    expect(apiServiceNotReady({})).toMatch(/not checked/);
  });
});

describe("metrics-server's serving pair is kept while good (real certificates from openssl)", () => {
  let dir: string;
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kd-ms-'));
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=ca', '-days', '3650');
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'other.key',
      '-out',
      'other.crt',
      '-subj',
      '/CN=other',
      '-days',
      '3650',
    );
    for (const [name, san, days, ca] of [
      ['good', 'DNS:metrics-server.kube-system.svc', '365', 'ca'],
      ['wrongname', 'DNS:metrics-server', '365', 'ca'],
      ['expiring', 'DNS:metrics-server.kube-system.svc', '10', 'ca'],
      ['foreign', 'DNS:metrics-server.kube-system.svc', '365', 'other'],
    ]) {
      openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=metrics-server');
      writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
      openssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        `${ca}.crt`,
        '-CAkey',
        `${ca}.key`,
        '-out',
        `${name}.crt`,
        '-days',
        days,
        '-extfile',
        `${name}.ext`,
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pair = (name: string, key = name) => ({ certPem: read(`${name}.crt`), keyPem: read(`${key}.key`) });

  it('keeps one signed by the cluster CA for the Service name, far from expiry, with its own key', () => {
    expect(stillGood(pair('good'), read('ca.crt'))).toBe(true);
  });
  it.each([
    ['another name', 'wrongname', 'wrongname'],
    ['expiring within 30 days', 'expiring', 'expiring'],
    ['another CA', 'foreign', 'foreign'],
    ['a key that is not its own', 'good', 'wrongname'],
  ])('replaces one with %s', (_why, cert, key) => {
    expect(stillGood(pair(cert, key), read('ca.crt'))).toBe(false);
  });
});
