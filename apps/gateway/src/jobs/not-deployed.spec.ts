import { parseClusterSpec } from '@kdeploy/cluster-spec';
import { offlineSpec } from '../testing/lab-spec';
import { notDeployed } from './not-deployed';

describe('what a deploy job does not deploy yet', () => {
  it('names the control plane, nodes, network and add-ons the spec asks for', () => {
    const spec = parseClusterSpec(offlineSpec('/keys/id', '/keys/known_hosts'));
    expect(notDeployed(spec)).toEqual([
      'control plane (kube-apiserver, kube-controller-manager, kube-scheduler) on n1, n2, n3',
      'nodes (containerd, kubelet, kube-proxy) on n1, n2, n3',
      'network (flannel, vxlan)',
      'add-ons (coredns, metrics-server)',
    ]);
  });

  it('leaves out what the spec does not ask for', () => {
    const input = offlineSpec('/keys/id', '/keys/known_hosts');
    input.spec.hosts = input.spec.hosts.map((h, i) => ({
      ...h,
      roles: i === 0 ? ['master' as const, 'etcd' as const] : ['etcd' as const, 'node' as const],
    }));
    input.spec.addons = [];
    expect(notDeployed(parseClusterSpec(input))).toEqual([
      'control plane (kube-apiserver, kube-controller-manager, kube-scheduler) on n1',
      'nodes (containerd, kubelet, kube-proxy) on n2, n3',
      'network (flannel, vxlan)',
    ]);
  });
});
