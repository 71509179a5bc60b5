import { parse } from 'yaml';
import { buildKubeconfig } from './kubeconfig';
import { toKubeYaml } from './kube-yaml';
import { buildKubeletConfiguration } from './kubelet-config';
import { buildKubeProxyConfiguration } from './kube-proxy-config';

// Clearly fake PEM blocks: test data, never real key material.
const FAKE_CA = '-----BEGIN CERTIFICATE-----\nVEVTVC1PTkxZLUNBLUNFUlQ=\n-----END CERTIFICATE-----\n';
const FAKE_CERT = '-----BEGIN CERTIFICATE-----\nVEVTVC1PTkxZLUFETUlOLUNFUlQ=\n-----END CERTIFICATE-----\n';
const FAKE_KEY = '-----BEGIN PRIVATE KEY-----\nVEVTVC1PTkxZLUFETUlOLUtFWQ==\n-----END PRIVATE KEY-----\n';

const input = {
  clusterName: 'lab',
  server: 'https://10.0.0.10:6443',
  caPem: FAKE_CA,
  user: 'admin',
  clientCertPem: FAKE_CERT,
  clientKeyPem: FAKE_KEY,
};

describe('buildKubeconfig', () => {
  it('renders a kubeconfig with embedded base64 credentials (snapshot)', () => {
    expect(toKubeYaml(buildKubeconfig({ ...input, namespace: 'kube-system' }))).toMatchSnapshot();
  });

  it('embeds the PEMs so that they decode back byte for byte', () => {
    const doc = parse(toKubeYaml(buildKubeconfig(input)), { version: '1.1' });
    const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
    expect(decode(doc.clusters[0].cluster['certificate-authority-data'])).toBe(FAKE_CA);
    expect(decode(doc.users[0].user['client-certificate-data'])).toBe(FAKE_CERT);
    expect(decode(doc.users[0].user['client-key-data'])).toBe(FAKE_KEY);
    expect(doc['current-context']).toBe('admin@lab');
    expect(doc.contexts[0].context).toEqual({ cluster: 'lab', user: 'admin' });
  });

  it('refuses a plain-http server and swapped certificate and key', () => {
    expect(() => buildKubeconfig({ ...input, server: 'http://10.0.0.10:8080' })).toThrow(/https/);
    expect(() => buildKubeconfig({ ...input, clientCertPem: FAKE_KEY, clientKeyPem: FAKE_CERT })).toThrow(TypeError);
    expect(() => buildKubeconfig({ ...input, caPem: 'not a pem CERTIFICATE' })).toThrow(/PEM/);
  });
});

describe('toKubeYaml', () => {
  it('quotes strings that YAML 1.1 readers would take for booleans, numbers or octals', () => {
    const text = toKubeYaml({ a: 'yes', b: 'on', c: '0755', d: 'n', e: '1.10' });
    expect(parse(text, { version: '1.1' })).toEqual({ a: 'yes', b: 'on', c: '0755', d: 'n', e: '1.10' });
  });

  it('never folds long lines and never emits anchors for shared objects', () => {
    const shared = { x: 'y'.repeat(300) };
    const text = toKubeYaml({ one: shared, two: shared });
    expect(text).not.toMatch(/[&*]\w/);
    expect(text.split('\n').filter((l) => l.includes('yyy'))).toHaveLength(2);
  });
});

describe('buildKubeletConfiguration', () => {
  const config = buildKubeletConfiguration({
    clusterDNS: ['10.68.0.2'],
    clusterDomain: 'cluster.local',
    clientCAFile: '/etc/kubernetes/ssl/ca.pem',
    containerRuntimeEndpoint: 'unix:///run/containerd/containerd.sock',
  });

  it('renders the kubelet config (snapshot)', () => {
    expect(toKubeYaml(config)).toMatchSnapshot();
  });

  it('fixes the security baseline: no anonymous auth, webhook authn/authz, no read-only port, rotation on', () => {
    const doc = parse(toKubeYaml(config), { version: '1.1' });
    expect(doc.authentication.anonymous.enabled).toBe(false);
    expect(doc.authentication.webhook.enabled).toBe(true);
    expect(doc.authentication.x509.clientCAFile).toBe('/etc/kubernetes/ssl/ca.pem');
    expect(doc.authorization.mode).toBe('Webhook');
    expect(doc.readOnlyPort).toBe(0);
    expect(doc.rotateCertificates).toBe(true);
    expect(doc.clusterDNS).toEqual(['10.68.0.2']);
    expect(doc.clusterDomain).toBe('cluster.local');
  });

  it('leaves containerRuntimeEndpoint out when not given (kubelets before v1.27 reject it)', () => {
    const c = buildKubeletConfiguration({ clusterDNS: ['10.68.0.2'], clusterDomain: 'cluster.local', clientCAFile: '/ca.pem' });
    expect(toKubeYaml(c)).not.toContain('containerRuntimeEndpoint');
  });
});

describe('buildKubeProxyConfiguration', () => {
  it('renders the kube-proxy config in iptables and ipvs mode (snapshot)', () => {
    const base = { kubeconfigPath: '/etc/kubernetes/kube-proxy.kubeconfig', clusterCIDR: '172.20.0.0/16' };
    expect(toKubeYaml(buildKubeProxyConfiguration(base))).toMatchSnapshot();
    expect(toKubeYaml(buildKubeProxyConfiguration({ ...base, mode: 'ipvs', hostnameOverride: 'node-1' }))).toMatchSnapshot();
  });
});
