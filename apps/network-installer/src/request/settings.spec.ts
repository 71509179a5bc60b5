import { SpecError } from '@kdeploy/errors';
import type { networkV1 } from '@kdeploy/proto';
import { networkSettings } from './settings';

const spec = (over: Partial<networkV1.NetworkSpec__Output> = {}): networkV1.NetworkSpec__Output => ({
  podCidr: '10.244.0.0/16',
  subnetLen: 24,
  subnetManager: 'SUBNET_MANAGER_ETCD',
  backend: 'BACKEND_VXLAN',
  vxlanId: 0,
  vxlanPort: 0,
  etcdPrefix: '',
  etcdEndpoints: ['https://10.211.0.13:2379'],
  mtu: 0,
  ...over,
});

const issues = (over: Partial<networkV1.NetworkSpec__Output>) => {
  try {
    networkSettings(spec(over));
  } catch (e) {
    if (e instanceof SpecError) return e.issues.map((i) => i.path);
    throw e;
  }
  return [];
};

describe('network settings', () => {
  it("applies flannel's defaults: VNI 1, UDP 8472, /coreos.com/network", () => {
    expect(networkSettings(spec())).toMatchObject({
      vxlanId: 1,
      vxlanPort: 8472,
      etcdPrefix: '/coreos.com/network',
      subnetManager: 'etcd',
      backend: 'vxlan',
    });
    expect(networkSettings(spec({ etcdPrefix: '/kdeploy/net/' })).etcdPrefix).toBe('/kdeploy/net');
  });

  it('names every bad field', () => {
    expect(issues({ podCidr: '10.244.1.0/16' })).toEqual(['spec.pod_cidr']);
    expect(issues({ podCidr: 'fd00::/48' })).toEqual(['spec.pod_cidr']);
    expect(issues({ subnetLen: 16 })).toEqual(['spec.subnet_len']);
    expect(issues({ subnetManager: 'SUBNET_MANAGER_UNSPECIFIED' })).toEqual(['spec.subnet_manager']);
    expect(issues({ backend: 'BACKEND_UNSPECIFIED' })).toEqual(['spec.backend']);
    expect(issues({ etcdEndpoints: [] })).toEqual(['spec.etcd_endpoints']);
    expect(issues({ etcdEndpoints: ['http://10.211.0.13:2379'] })).toEqual(['spec.etcd_endpoints']);
    expect(issues({ etcdPrefix: 'no-slash' })).toEqual(['spec.etcd_prefix']);
    expect(issues({ mtu: 100 })).toEqual(['spec.mtu']);
    expect(issues({ vxlanId: 16_777_216 })).toEqual(['spec.vxlan_id']);
  });

  it('needs no etcd endpoints with the Kubernetes subnet manager', () => {
    expect(networkSettings(spec({ subnetManager: 'SUBNET_MANAGER_KUBE', etcdEndpoints: [] })).subnetManager).toBe('kube');
  });
});
