import type { commonV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';

const MODE: Record<DerivedCluster['apiserver']['endpointKind'], commonV1.ControlPlaneEndpointMode> = {
  'local-proxy': 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY',
  'single-master': 'CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER',
  'load-balancer': 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER',
};

/** The apiserver endpoint as kdeploy.common.v1.ControlPlaneEndpoint carries it (pki-service, the installers). */
export function endpointMessage(d: DerivedCluster): commonV1.ControlPlaneEndpoint {
  const { apiserver } = d;
  return {
    mode: MODE[apiserver.endpointKind],
    address: apiserver.endpointAddress,
    port: apiserver.endpointPort,
    backends: apiserver.localProxy?.upstreams ?? [],
  };
}
