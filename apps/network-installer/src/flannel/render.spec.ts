import { cniConflist } from './cni-config';
import { netConfig, podMtu } from './net-config';
import { parseSubnetEnv } from './subnet-env';
import type { NetworkSettings } from '../request/settings';

const base: NetworkSettings = {
  podCidr: '10.244.0.0/16',
  subnetLen: 24,
  subnetManager: 'etcd',
  backend: 'vxlan',
  vxlanId: 1,
  vxlanPort: 8472,
  etcdPrefix: '/coreos.com/network',
  etcdEndpoints: ['https://10.211.0.13:2379'],
  mtu: 0,
};

describe("flannel's network config", () => {
  it('names the backend always (flannel takes a config without one as its legacy udp backend)', () => {
    expect(JSON.parse(netConfig(base))).toEqual({
      Network: '10.244.0.0/16',
      SubnetLen: 24,
      Backend: { Type: 'vxlan', VNI: 1, Port: 8472 },
    });
    expect(JSON.parse(netConfig({ ...base, backend: 'host-gw' }))).toEqual({
      Network: '10.244.0.0/16',
      SubnetLen: 24,
      Backend: { Type: 'host-gw' },
    });
  });

  it("sets VXLAN's underlay MTU only when the spec fixes the pod MTU", () => {
    expect(JSON.parse(netConfig({ ...base, mtu: 1400 })).Backend.MTU).toBe(1450);
  });

  it('derives the pod MTU from the interface: 50 less for VXLAN, the same for host-gw, the spec when it says', () => {
    expect(podMtu(base, 1500)).toBe(1450);
    expect(podMtu({ ...base, backend: 'host-gw' }, 1500)).toBe(1500);
    expect(podMtu({ ...base, mtu: 1300 }, 9000)).toBe(1300);
  });
});

describe('subnet.env and the CNI network made from it', () => {
  const env = 'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.3.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n';

  it('reads the lease as a network, the gateway as its first address', () => {
    expect(parseSubnetEnv(env)).toEqual({
      network: '10.244.0.0/16',
      subnet: '10.244.3.0/24',
      gateway: '10.244.3.1',
      mtu: 1450,
      ipMasq: true,
    });
  });

  it('has no lease while a field is missing or malformed', () => {
    expect(parseSubnetEnv('')).toBeUndefined();
    expect(parseSubnetEnv(env.replace('FLANNEL_MTU=1450', 'FLANNEL_MTU=x'))).toBeUndefined();
    expect(parseSubnetEnv(env.replace('10.244.3.1/24', '10.244.3.1'))).toBeUndefined();
  });

  it("gives the bridge the lease, flannel's MTU, the route to the pod network, and masquerading only when flanneld does not", () => {
    const lease = parseSubnetEnv(env);
    if (!lease) throw new Error('no lease');
    const conf = JSON.parse(cniConflist(lease));
    expect(conf.name).toBe('cbr0');
    const [bridge, portmap] = conf.plugins;
    expect(bridge).toMatchObject({ type: 'bridge', bridge: 'cni0', isGateway: true, ipMasq: false, mtu: 1450 });
    expect(bridge.ipam).toEqual({ type: 'host-local', ranges: [[{ subnet: '10.244.3.0/24' }]], routes: [{ dst: '10.244.0.0/16' }] });
    expect(portmap).toEqual({ type: 'portmap', capabilities: { portMappings: true } });
    expect(JSON.parse(cniConflist({ ...lease, ipMasq: false })).plugins[0].ipMasq).toBe(true);
  });
});
