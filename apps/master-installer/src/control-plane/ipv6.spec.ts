import { parse } from 'yaml';
import { flagsOf, MASTERS_V6, SETTINGS_V6, unitsOf, unitTexts } from '../testing/fixtures';
import { referenceFlags } from '@kdeploy/testing';
import { renderComponentKubeconfig } from './kubeconfigs';
import { masterHost, masterSettings } from './settings';
import { FAKE_CREDENTIALS } from '../testing/credentials';

describe('an IPv6-only control plane', () => {
  const [lab1] = MASTERS_V6;
  const units = unitsOf(lab1, SETTINGS_V6);
  const apiserver = flagsOf(units['kube-apiserver']);
  const cm = flagsOf(units['kube-controller-manager']);

  it('passes bare addresses where the flag takes an IP', () => {
    expect(referenceFlags('1.37', 'kube-apiserver').get('advertise-address')?.type).toBe('ip');
    expect(apiserver.get('advertise-address')).toBe('fd00:211::11');
    expect(apiserver.get('bind-address')).toBe('fd00:211::11');
    expect(apiserver.get('service-cluster-ip-range')).toBe('fd00:96::/108');
    expect(cm.get('cluster-cidr')).toBe('fd00:244::/56');
  });

  it('brackets the addresses inside URLs: etcd servers and the kubeconfig server', () => {
    expect(apiserver.get('etcd-servers')).toBe('https://[fd00:211::11]:2379,https://[fd00:211::12]:2379,https://[fd00:211::13]:2379');
    const kubeconfig = parse(renderComponentKubeconfig('kube-scheduler', lab1, SETTINGS_V6, FAKE_CREDENTIALS));
    expect(kubeconfig.clusters[0].cluster.server).toBe('https://[fd00:211::11]:6443');
  });

  it('renders no bracket outside a URL', () => {
    const text = Object.values(unitTexts(lab1, SETTINGS_V6)).join('\n');
    expect(text.match(/https:\/\/\[[0-9a-f:]+\]:\d+/g)).toHaveLength(3);
    expect(text.match(/(?<!https:\/\/)\[[0-9a-f:]+\]/g)).toBeNull();
  });

  it('defaults the per-node mask to /64 for an IPv6 pod CIDR', () => {
    expect(SETTINGS_V6.nodeCidrMaskSize).toBe(64);
    expect(cm.get('node-cidr-mask-size')).toBe('64');
  });

  it('refuses an etcd URL with an unbracketed IPv6 host, and canonicalises host addresses', () => {
    expect(() => masterSettings({ ...SETTINGS_V6, etcdEndpoints: ['https://fd00:211::11:2379'] })).toThrow(/spec\.etcd_endpoints/);
    expect(masterHost('lab1', 'FD00:0211:0:0::11').address).toBe('fd00:211::11');
  });
});
