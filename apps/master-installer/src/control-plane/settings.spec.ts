import { SpecError } from '@kdeploy/errors';
import { SETTINGS } from '../testing/fixtures';
import { masterHost, masterSettings, MasterSettingsInput } from './settings';

const minimal: MasterSettingsInput = {
  kubernetesVersion: 'v1.37.2',
  serviceCidr: '10.96.0.0/12',
  etcdEndpoints: ['https://10.211.0.11:2379'],
};

function issuesOf(input: MasterSettingsInput): string[] {
  try {
    masterSettings(input);
  } catch (e) {
    if (e instanceof SpecError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
}

describe('master settings', () => {
  it("applies the contract's defaults where a value is 0 or empty", () => {
    expect(masterSettings(minimal)).toEqual({
      ...minimal,
      clusterName: 'kubernetes',
      securePort: 6443,
      podCidr: '',
      allocateNodeCidrs: false,
      nodeCidrMaskSize: 24,
      serviceNodePortRange: '',
      clusterDomain: 'cluster.local',
      audit: { path: '/var/log/kubernetes/audit/audit.log', maxAgeDays: 30, maxBackups: 10, maxSizeMb: 100 },
      featureGates: {},
    });
  });

  it('keeps what the request gives', () => {
    expect(masterSettings(SETTINGS)).toEqual(SETTINGS);
    const s = masterSettings({ ...minimal, audit: { maxAgeDays: 7, path: '/srv/audit/a.log' }, serviceNodePortRange: '30000-31000' });
    expect(s.audit).toEqual({ path: '/srv/audit/a.log', maxAgeDays: 7, maxBackups: 10, maxSizeMb: 100 });
    expect(s.serviceNodePortRange).toBe('30000-31000');
  });

  it('refuses every bad field at once, naming each', () => {
    expect(
      issuesOf({
        kubernetesVersion: 'v1.37.2',
        serviceCidr: '10.96.0.1/12',
        allocateNodeCidrs: true,
        serviceNodePortRange: '32767-30000',
        clusterDomain: 'Cluster_Local',
        etcdEndpoints: ['http://10.211.0.11:2379', 'https://10.211.0.12'],
        audit: { path: 'audit.log' },
        featureGates: { 'bad gate': true },
      }),
    ).toEqual([
      'spec.service_cidr',
      'spec.pod_cidr',
      'spec.service_node_port_range',
      'spec.cluster_domain',
      'spec.etcd_endpoints',
      'spec.etcd_endpoints',
      'spec.audit.path',
      'spec.feature_gates',
    ]);
    expect(issuesOf({ ...minimal, etcdEndpoints: [] })).toEqual(['spec.etcd_endpoints']);
  });

  it('refuses a per-node mask the node IPAM controller would refuse', () => {
    const pods = { ...minimal, allocateNodeCidrs: true, podCidr: '10.244.0.0/16' };
    expect(issuesOf({ ...pods, nodeCidrMaskSize: 16 })).toEqual(['spec.node_cidr_mask_size']);
    expect(issuesOf({ ...pods, nodeCidrMaskSize: 33 })).toEqual(['spec.node_cidr_mask_size']);
    expect(issuesOf({ ...pods, podCidr: '10.0.0.0/8', nodeCidrMaskSize: 25 })).toEqual(['spec.node_cidr_mask_size']);
    expect(issuesOf({ ...pods, nodeCidrMaskSize: 26 })).toEqual([]);
  });

  it('refuses a host address that is not an IP', () => {
    expect(() => masterHost('lab1', 'lab1.example')).toThrow(/target\.hosts\[lab1\]\.address/);
  });
});
