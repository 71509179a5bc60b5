import { parse } from 'yaml';
import { CANARY_KEY, FAKE_CREDENTIALS } from '../testing/credentials';
import { MASTERS, SETTINGS, VERSION } from '../testing/fixtures';
import { renderAuditPolicy } from './audit-policy';
import { renderAuthenticationConfig } from './authentication-config';
import { renderEncryptionConfig } from './encryption-config';
import { renderComponentKubeconfig } from './kubeconfigs';
import { renderSchedulerConfig } from './scheduler-config';

const yaml11 = (text: string) => parse(text, { version: '1.1' });

describe('control-plane config files', () => {
  it('renders the pinned KubeSchedulerConfiguration', () => {
    const text = renderSchedulerConfig(VERSION);
    expect(text).toMatchSnapshot();
    expect(yaml11(text)).toMatchObject({ apiVersion: 'kubescheduler.config.k8s.io/v1', kind: 'KubeSchedulerConfiguration' });
  });

  it('renders the pinned AuthenticationConfiguration', () => {
    const text = renderAuthenticationConfig(VERSION)!;
    expect(text).toMatchSnapshot();
    expect(yaml11(text)).toMatchObject({ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'AuthenticationConfiguration' });
  });

  it('renders the pinned audit Policy', () => {
    const text = renderAuditPolicy(VERSION);
    expect(text).toMatchSnapshot();
    expect(yaml11(text)).toMatchObject({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', omitStages: ['RequestReceived'] });
  });

  it('renders the pinned EncryptionConfiguration (with a canary key)', () => {
    const text = renderEncryptionConfig(VERSION, 'secretbox', [CANARY_KEY]);
    expect(text).toMatchSnapshot();
    expect(yaml11(text)).toEqual({
      apiVersion: 'apiserver.config.k8s.io/v1',
      kind: 'EncryptionConfiguration',
      resources: [{ resources: ['secrets'], providers: [{ secretbox: { keys: [CANARY_KEY] } }, { identity: {} }] }],
    });
  });

  it('lists every key for reading and encrypts with the first, so a rotation can put the new key first', () => {
    const next = { name: 'kdeploy-2', secret: Buffer.alloc(32, 2).toString('base64') };
    const config = yaml11(renderEncryptionConfig(VERSION, 'aescbc', [next, CANARY_KEY]));
    expect(config.resources[0].providers[0].aescbc.keys.map((k: { name: string }) => k.name)).toEqual(['kdeploy-2', 'kdeploy-1']);
  });

  it('renders the pinned controller-manager and scheduler kubeconfigs, each at its own master and as its own user', () => {
    for (const component of ['kube-controller-manager', 'kube-scheduler'] as const) {
      const text = renderComponentKubeconfig(component, MASTERS[0], SETTINGS, FAKE_CREDENTIALS);
      expect(text).toMatchSnapshot(component);
      const doc = yaml11(text);
      expect(doc.clusters[0]).toMatchObject({ name: 'lab', cluster: { server: 'https://10.211.0.11:6443' } });
      expect(doc.users[0].name).toBe(component === 'kube-scheduler' ? 'system:kube-scheduler' : 'system:kube-controller-manager');
    }
  });
});
