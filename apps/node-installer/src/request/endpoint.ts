import { canonicalIp, hostPort } from '@kdeploy/cluster-spec';
import { SpecError } from '@kdeploy/errors';
import type { commonV1 } from '@kdeploy/proto';

/** Where kubelets and kube-proxies reach the apiservers, and where the installer itself does. */
export interface NodeEndpoint {
  mode: 'load-balancer' | 'local-proxy' | 'single-master';
  /** The URL in the nodes' kubeconfigs. */
  server: string;
  /** The apiservers' own addresses (a local proxy's backends); the installer's API calls go there. */
  backends: { address: string; port: number }[];
}

const MODES: Partial<Record<commonV1.ControlPlaneEndpointMode__Output, NodeEndpoint['mode']>> = {
  CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER: 'load-balancer',
  CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY: 'local-proxy',
  CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER: 'single-master',
};

function backend(text: string): { address: string; port: number } | undefined {
  const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(text);
  const address = m ? canonicalIp(m[1]) : undefined;
  return address && m ? { address, port: Number(m[2]) } : undefined;
}

/** The request's endpoint checked: a local proxy is on 127.0.0.1 with every apiserver as a backend. */
export function nodeEndpoint(e: commonV1.ControlPlaneEndpoint__Output | null | undefined): NodeEndpoint {
  const mode = e ? MODES[e.mode] : undefined;
  if (!e || !mode) throw new SpecError([{ path: 'spec.endpoint.mode', message: 'required: load balancer, local proxy or single master' }]);
  const address = canonicalIp(e.address);
  if (!address) throw new SpecError([{ path: 'spec.endpoint.address', message: `${e.address || '(empty)'}: an IP address` }]);
  const port = e.port || 6443;
  const backends = e.backends.map((b) => backend(b));
  if (backends.some((b) => !b)) throw new SpecError([{ path: 'spec.endpoint.backends', message: 'each an apiserver "address:port"' }]);
  const server = `https://${hostPort(address, port)}`;
  if (mode === 'local-proxy') {
    if (address !== '127.0.0.1' || !backends.length)
      throw new SpecError([
        { path: 'spec.endpoint', message: 'a local proxy listens on 127.0.0.1 and names every apiserver as a backend' },
      ]);
    return { mode, server, backends: backends as NodeEndpoint['backends'] };
  }
  return { mode, server, backends: [{ address, port }] };
}
