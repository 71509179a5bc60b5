import { canonicalIp, hostPort } from '@kdeploy/cluster-spec';
import { SpecError } from '@kdeploy/errors';
import type { ApiAccess } from '@kdeploy/kube-api';
import type { commonV1 } from '@kdeploy/proto';
import type { ClusterPki } from './cluster-pki';

/** Where a node's components (kubelet, kube-proxy, flanneld) reach the apiservers, and where the installer itself does. */
export interface ApiEndpoint {
  mode: 'load-balancer' | 'local-proxy' | 'single-master';
  /** The URL in the nodes' kubeconfigs. */
  server: string;
  /** The apiservers' own addresses (a local proxy's backends); the installer's API calls go there. */
  backends: { address: string; port: number }[];
}

const MODES: Partial<Record<commonV1.ControlPlaneEndpointMode__Output, ApiEndpoint['mode']>> = {
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
export function apiEndpoint(e: commonV1.ControlPlaneEndpoint__Output | null | undefined): ApiEndpoint {
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
    return { mode, server, backends: backends as ApiEndpoint['backends'] };
  }
  return { mode, server, backends: [{ address, port }] };
}

/**
 * API access as the cluster admin for one call: pki-service issues the identity, it stays in
 * memory and ends with the call. The apiservers' own addresses are used: a local proxy's
 * 127.0.0.1 is the nodes', not the installer's.
 */
export async function adminApiAccess(pki: ClusterPki, endpoint: ApiEndpoint, signal?: AbortSignal): Promise<ApiAccess> {
  const caPem = (await pki.cas()).kubernetes;
  const client = await pki.issue('CERTIFICATE_PROFILE_ADMIN');
  const servers = endpoint.backends.map((b) => `https://${hostPort(b.address, b.port)}`);
  return { servers, caPem, client, signal };
}
