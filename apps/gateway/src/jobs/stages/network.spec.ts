import { parseClusterSpec } from '@kdeploy/cluster-spec';
import { offlineSpec } from '../../testing/lab-spec';
import { networkStage } from './network';

const spec = (subnetManager: 'etcd' | 'kube') => {
  const s = offlineSpec('/k', '/kh');
  return parseClusterSpec({ ...s, spec: { ...s.spec, network: { subnetManager } } });
};

describe('the network stage in the graph', () => {
  it('waits for etcd and the nodes with the etcd subnet manager, and for the control plane with the kube one', () => {
    expect(networkStage.needsFor?.(spec('etcd'))).toEqual(['etcd', 'node']);
    expect(networkStage.needsFor?.(spec('kube'))).toEqual(['master', 'node']);
    // the removal graph keeps the static needs: the pod network comes off before the control plane
    expect(networkStage.needs).toEqual(['master', 'node']);
  });
});
