import { deriveCluster } from '../derive/cluster';
import { parseClusterSpec } from '../parse';
import { minimalSpec } from '../testing/fixtures';
import { endpointMessage } from './endpoint';

const endpointOf = (controlPlane: Record<string, unknown>) => {
  const input = minimalSpec();
  input.spec['controlPlane'] = controlPlane;
  return endpointMessage(deriveCluster(parseClusterSpec(input)));
};

describe('the apiserver endpoint on the wire', () => {
  it('is the local proxy on loopback, balancing to every master, by default', () => {
    expect(endpointOf({})).toEqual({
      mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY',
      address: '127.0.0.1',
      port: 6443,
      backends: ['192.0.2.11:6443'],
    });
  });

  it('is the one master for single-master, and the load balancer (canonical address, its own port) for load-balancer', () => {
    expect(endpointOf({ endpoint: 'single-master' })).toEqual({
      mode: 'CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER',
      address: '192.0.2.11',
      port: 6443,
      backends: [],
    });
    expect(endpointOf({ endpoint: 'load-balancer', loadBalancer: { address: '192.0.2.100', port: 443 } })).toEqual({
      mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER',
      address: '192.0.2.100',
      port: 443,
      backends: [],
    });
  });
});
