import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderUnit } from '@kdeploy/templates';
import { repoRoot } from '@kdeploy/testing';
import type { NetworkSettings } from '../request/settings';
import { FLANNELD_FLAGS } from './flags';
import { flanneldUnit } from './unit';

const settings: NetworkSettings = {
  podCidr: '10.244.0.0/16',
  subnetLen: 24,
  subnetManager: 'etcd',
  backend: 'vxlan',
  vxlanId: 1,
  vxlanPort: 8472,
  etcdPrefix: '/coreos.com/network',
  etcdEndpoints: ['https://10.211.0.13:2379', 'https://10.211.0.14:2379'],
  mtu: 0,
};
const node = { name: 'lab14', address: '10.211.0.14', ifaceMtu: 1500 };

/** reference/flannel-v0.28/flanneld.flags, read from the bundle's flanneld --help. */
const reference = new Map(
  readFileSync(join(repoRoot(), 'reference', 'flannel-v0.28', 'flanneld.flags'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t') as [string, string]),
);

describe("flanneld's unit", () => {
  it('renders only flags the pinned flanneld has, each with the kind of value it takes', () => {
    for (const name of FLANNELD_FLAGS) expect([name, reference.has(name)]).toEqual([name, true]);
    for (const s of [settings, { ...settings, subnetManager: 'kube' as const }]) {
      const text = renderUnit(flanneldUnit(s, node, 'abc'));
      for (const m of text.matchAll(/--([a-z0-9-]+)(=?)/g))
        expect([m[1], m[2] === '' ? 'bool' : 'value']).toEqual([m[1], reference.get(m[1]) === 'bool' ? 'bool' : 'value']);
    }
  });

  it("with etcd: flannel's own certificate, every endpoint, the node's address as underlay; Ready only once it holds a lease", () => {
    const text = renderUnit(flanneldUnit(settings, node, 'abc'));
    expect(text).toContain('Type=notify');
    expect(text).toContain('--etcd-endpoints=https://10.211.0.13:2379,https://10.211.0.14:2379');
    expect(text).toContain('--etcd-certfile=/etc/flannel/pki/etcd-client.crt');
    expect(text).toContain('--iface=10.211.0.14');
    expect(text).toContain('--healthz-ip=127.0.0.1');
    expect(text).not.toContain('kube-subnet-mgr');
  });

  it("with the Kubernetes subnet manager: its kubeconfig, the net-conf file and the Node's name; no etcd", () => {
    const text = renderUnit(flanneldUnit({ ...settings, subnetManager: 'kube' }, node, 'abc'));
    expect(text).toContain('--kube-subnet-mgr');
    expect(text).toContain('--kubeconfig-file=/etc/flannel/kubeconfig');
    expect(text).toContain('--net-config-path=/etc/flannel/net-conf.json');
    expect(text).toMatch(/Environment=.*NODE_NAME=lab14/);
    expect(text).not.toContain('etcd');
  });
});
