import { canonicalIp, hostPort } from '@kdeploy/cluster-spec';
import { SpecError } from '@kdeploy/errors';
import type { commonV1 } from '@kdeploy/proto';
import { Endpoint } from '../steps/context';
import { ControlPlaneRequest } from './spec-settings';

const MODES: Partial<Record<commonV1.ControlPlaneEndpointMode__Output, Endpoint['mode']>> = {
  CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER: 'load-balancer',
  CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY: 'local-proxy',
  CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER: 'single-master',
};

/**
 * The endpoint of the request, checked against the masters: a local proxy listens on
 * 127.0.0.1 and balances across every master, a single-master endpoint is the one master.
 * Backends are always the masters' own addresses at their secure port, whatever the request
 * lists, so a proxy can never be pointed anywhere else.
 */
export function endpointOf(e: commonV1.ControlPlaneEndpoint__Output | null, request: ControlPlaneRequest): Endpoint {
  const mode = e ? MODES[e.mode] : undefined;
  if (!e || !mode) throw new SpecError([{ path: 'spec.endpoint.mode', message: 'required: load balancer, local proxy or single master' }]);
  const address = canonicalIp(e.address);
  if (!address) throw new SpecError([{ path: 'spec.endpoint.address', message: `${e.address || '(empty)'}: an IP address` }]);
  const port = e.port || 6443;
  const { masters, settings } = request;
  const backends = masters.map((m) => hostPort(m.address, settings.securePort));
  if (mode === 'local-proxy' && (address !== '127.0.0.1' || port !== settings.securePort))
    throw new SpecError([{ path: 'spec.endpoint', message: `a local proxy listens on 127.0.0.1:${settings.securePort}` }]);
  if (mode === 'single-master' && (masters.length !== 1 || address !== masters[0].address))
    throw new SpecError([{ path: 'spec.endpoint', message: 'a single-master endpoint is the address of the only master' }]);
  return { mode, address, port, backends };
}
