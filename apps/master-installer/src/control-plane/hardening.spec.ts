import { parse } from 'yaml';
import { flagsOf, MASTERS, SETTINGS, unitsOf, unitTexts, VERSION } from '../testing/fixtures';
import { KubernetesVersion } from '../versions';
import { apiserverUnit } from './apiserver-unit';
import { renderAuthenticationConfig } from './authentication-config';
import { auditPolicy } from './audit-policy';
import { encryptionConfiguration } from './encryption-config';
import { renderSchedulerConfig } from './scheduler-config';

const units = unitsOf(MASTERS[0]);
const apiserver = flagsOf(units['kube-apiserver']);
const cm = flagsOf(units['kube-controller-manager']);
const scheduler = flagsOf(units['kube-scheduler']);
const texts = Object.values(unitTexts(MASTERS[0])).join('\n');
const KEY = { name: 'key1', secret: Buffer.alloc(32, 1).toString('base64') };

describe('control-plane hardening (security.md)', () => {
  it('allows anonymous requests on /healthz, /livez and /readyz only, through the authentication config', () => {
    expect(apiserver.has('anonymous-auth')).toBe(false);
    expect(apiserver.get('authentication-config')).toBe('/etc/kubernetes/config/authentication-config.yaml');
    const config = parse(renderAuthenticationConfig(VERSION)!);
    expect(config.anonymous).toEqual({ enabled: true, conditions: [{ path: '/healthz' }, { path: '/livez' }, { path: '/readyz' }] });
  });

  it('turns anonymous access off altogether for a minor without structured authentication', () => {
    const flags = new Set([...VERSION.flags['kube-apiserver'], 'anonymous-auth']);
    flags.delete('authentication-config');
    const older: KubernetesVersion = {
      ...VERSION,
      flags: { ...VERSION.flags, 'kube-apiserver': flags },
      configs: { ...VERSION.configs, authentication: undefined },
    };
    const f = flagsOf(apiserverUnit(MASTERS[0], SETTINGS, older, 'a'.repeat(64)));
    expect(f.get('anonymous-auth')).toBe('false');
    expect(f.has('authentication-config')).toBe(false);
    expect(renderAuthenticationConfig(older)).toBeUndefined();
  });

  it('authorizes with Node and RBAC and admits through NodeRestriction', () => {
    expect(apiserver.get('authorization-mode')).toBe('Node,RBAC');
    expect(apiserver.get('enable-admission-plugins')!.split(',')).toContain('NodeRestriction');
    expect(apiserver.has('disable-admission-plugins')).toBe(false);
    expect(texts).not.toMatch(/token-auth-file|AlwaysAllow|insecure/);
  });

  it("verifies kubelets' serving certificates and calls them with its own client certificate", () => {
    expect(apiserver.get('kubelet-certificate-authority')).toBe('/etc/kubernetes/pki/ca-bundle.crt');
    expect(apiserver.get('kubelet-client-certificate')).toBe('/etc/kubernetes/pki/apiserver-kubelet-client.crt');
    expect(apiserver.get('kubelet-client-key')).toBe('/etc/kubernetes/pki/apiserver-kubelet-client.key');
  });

  it('talks to etcd over TLS with its own client certificate, trusting etcd-ca only', () => {
    expect(
      apiserver
        .get('etcd-servers')!
        .split(',')
        .every((u) => u.startsWith('https://')),
    ).toBe(true);
    expect(apiserver.get('etcd-cafile')).toBe('/etc/kubernetes/pki/etcd-ca.crt');
    expect(apiserver.get('etcd-certfile')).toBe('/etc/kubernetes/pki/apiserver-etcd-client.crt');
    expect(apiserver.get('etcd-keyfile')).toBe('/etc/kubernetes/pki/apiserver-etcd-client.key');
  });

  it('encrypts Secrets at rest with secretbox or aescbc first and identity only as the last, read-only fallback', () => {
    expect(apiserver.get('encryption-provider-config')).toBe('/etc/kubernetes/config/encryption-config.yaml');
    for (const provider of ['secretbox', 'aescbc'] as const) {
      const [entry] = encryptionConfiguration(VERSION, provider, [KEY]).resources;
      expect(entry.resources).toEqual(['secrets']);
      expect(Object.keys(entry.providers[0])).toEqual([provider]);
      expect(entry.providers.at(-1)).toEqual({ identity: {} });
      expect(entry.providers).toHaveLength(2);
    }
  });

  it('writes an audit log with a policy and rotation (maxage 30, maxbackup 10, maxsize 100)', () => {
    expect(apiserver.get('audit-policy-file')).toBe('/etc/kubernetes/config/audit-policy.yaml');
    expect(apiserver.get('audit-log-path')).toBe('/var/log/kubernetes/audit/audit.log');
    expect([apiserver.get('audit-log-maxage'), apiserver.get('audit-log-maxbackup'), apiserver.get('audit-log-maxsize')]).toEqual([
      '30',
      '10',
      '100',
    ]);
  });

  it('never logs the bodies of Secrets, ConfigMaps or token reviews, and logs changes to core objects in full', () => {
    const { rules } = auditPolicy(VERSION);
    const secrets = rules.findIndex((r) => r.resources?.some((g) => g.group === '' && g.resources?.includes('secrets')));
    const tokens = rules.findIndex((r) => r.resources?.some((g) => g.resources?.includes('tokenreviews')));
    const writes = rules.findIndex((r) => r.level === 'RequestResponse');
    expect(rules[secrets].level).toBe('Metadata');
    expect(rules[tokens].level).toBe('Metadata');
    // First match wins: the Metadata rule must come before the one that logs bodies.
    expect(secrets).toBeLessThan(writes);
    expect(rules.filter((r) => r.level === 'RequestResponse' || r.level === 'Request')).toHaveLength(1);
    expect(rules[writes].resources).toContainEqual({ group: '' });
    expect(rules.at(-1)).toEqual({ level: 'Metadata' });
  });

  it('turns profiling off on all three (the scheduler in its config file, its flag being deprecated)', () => {
    expect(apiserver.get('profiling')).toBe('false');
    expect(cm.get('profiling')).toBe('false');
    expect(scheduler.has('profiling')).toBe(false);
    expect(parse(renderSchedulerConfig(VERSION))).toMatchObject({ enableProfiling: false, enableContentionProfiling: false });
  });

  it('serves TLS 1.2 or newer with strong suites only on every component', () => {
    for (const f of [apiserver, cm, scheduler]) {
      expect(f.get('tls-min-version')).toBe('VersionTLS12');
      const suites = f.get('tls-cipher-suites')!.split(',');
      expect(suites.length).toBeGreaterThan(0);
      expect(suites.filter((s) => !/^TLS_ECDHE_(RSA|ECDSA)_WITH_(AES_(128|256)_GCM_SHA(256|384)|CHACHA20_POLY1305)$/.test(s))).toEqual([]);
    }
  });

  it("binds the controller-manager and scheduler to 127.0.0.1 and the apiserver to its master's address, never 0.0.0.0", () => {
    expect(cm.get('bind-address')).toBe('127.0.0.1');
    expect(scheduler.get('bind-address')).toBe('127.0.0.1');
    expect(apiserver.get('bind-address')).toBe('10.211.0.11');
    expect(apiserver.get('advertise-address')).toBe('10.211.0.11');
    expect(texts).not.toContain('0.0.0.0');
  });

  it('runs each controller with its own service account and signs tokens with a key pair that is no CA', () => {
    expect(cm.get('use-service-account-credentials')).toBe('true');
    expect(cm.get('service-account-private-key-file')).toBe('/etc/kubernetes/pki/sa.key');
    expect(apiserver.get('service-account-signing-key-file')).toBe('/etc/kubernetes/pki/sa.key');
    expect(apiserver.get('service-account-key-file')).toBe('/etc/kubernetes/pki/sa.pub');
    expect(apiserver.get('service-account-issuer')).toBe('https://kubernetes.default.svc.cluster.local');
  });

  it('signs CSRs with the cluster signer, not the kubernetes-ca key, and hands pods the CA certificate alone', () => {
    expect(cm.get('cluster-signing-cert-file')).toBe('/etc/kubernetes/pki/cluster-signer.crt');
    expect(cm.get('cluster-signing-key-file')).toBe('/etc/kubernetes/pki/cluster-signer.key');
    expect(cm.get('root-ca-file')).toBe('/etc/kubernetes/pki/ca.crt');
    // No CA private key appears anywhere: not the cluster CA's, not etcd's, not the front proxy's.
    expect(texts).not.toMatch(/ca\.key/);
  });

  it('trusts client certificates from kubernetes-ca and the signer, and aggregated requests from the front proxy only', () => {
    expect(apiserver.get('client-ca-file')).toBe('/etc/kubernetes/pki/ca-bundle.crt');
    expect(apiserver.get('requestheader-client-ca-file')).toBe('/etc/kubernetes/pki/front-proxy-ca.crt');
    expect(apiserver.get('requestheader-allowed-names')).toBe('front-proxy-client');
    expect(apiserver.get('proxy-client-cert-file')).toBe('/etc/kubernetes/pki/front-proxy-client.crt');
    expect(apiserver.get('proxy-client-key-file')).toBe('/etc/kubernetes/pki/front-proxy-client.key');
  });

  it('elects one leader among the masters for the controller-manager and the scheduler', () => {
    expect(cm.get('leader-elect')).toBe('true');
    expect(scheduler.get('leader-elect')).toBe('true');
    expect(parse(renderSchedulerConfig(VERSION)).leaderElection).toEqual({ leaderElect: true });
  });

  it('gives the controller-manager and scheduler their own kubeconfigs, also for delegated authentication and authorization', () => {
    for (const [f, file] of [
      [cm, '/etc/kubernetes/controller-manager.kubeconfig'],
      [scheduler, '/etc/kubernetes/scheduler.kubeconfig'],
    ] as const) {
      expect(f.get('authentication-kubeconfig')).toBe(file);
      expect(f.get('authorization-kubeconfig')).toBe(file);
    }
    expect(cm.get('kubeconfig')).toBe('/etc/kubernetes/controller-manager.kubeconfig');
    expect(parse(renderSchedulerConfig(VERSION)).clientConnection).toEqual({ kubeconfig: '/etc/kubernetes/scheduler.kubeconfig' });
  });
});
