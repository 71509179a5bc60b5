import { parseClusterSpec } from '@kdeploy/cluster-spec';
import { offlineSpec } from '../testing/lab-spec';
import { notDeployed } from './not-deployed';

describe('what a deploy job does not deploy yet', () => {
  it('is nothing for a spec of the classic topology with containerd', () => {
    expect(notDeployed(parseClusterSpec(offlineSpec('/keys/id', '/keys/known_hosts')))).toEqual([]);
  });

  it('names Docker as the runtime, which the nodes do not get', () => {
    const input = offlineSpec('/keys/id', '/keys/known_hosts');
    input.spec.containerRuntime = { kind: 'docker' };
    expect(notDeployed(parseClusterSpec(input))).toEqual(['Docker as the container runtime on n1, n2, n3 (the nodes get containerd)']);
  });
});
