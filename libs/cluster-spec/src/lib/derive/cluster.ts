/**
 * Everything the installers need that follows from the spec: who runs what, how to reach
 * the apiservers and etcd, what each certificate must cover. Computed here once, so no
 * service re-derives a SAN list or a service IP by hand.
 */
import { SpecError } from '@kdeploy/errors';
import { canonicalIp, hostPort } from '../net/ip';
import { ClusterSpec } from '../schema/cluster';
import { Host, Role } from '../schema/hosts';
import { KubernetesVersion, parseKubernetesVersion } from '../schema/versions';
import { apiserverSanList } from './apiserver-sans';
import { DerivedEtcd, deriveEtcd, SanList } from './etcd';
import { DerivedNetwork, deriveNetwork } from './network';

/** A host with its SSH port resolved and its address canonical. */
export interface DerivedHost {
  name: string;
  address: string;
  sshPort: number;
  roles: Role[];
}

/** The derived values of a cluster (see libs/cluster-spec/README.md). */
export interface DerivedCluster {
  name: string;
  kubernetes: KubernetesVersion;
  hosts: DerivedHost[];
  /** Host names per role, in spec order. */
  roles: Record<Role, string[]>;
  network: DerivedNetwork;
  apiserver: {
    /** What kubeconfigs and components use to reach the apiservers. */
    endpoint: string;
    /** The endpoint's address (bare, also for IPv6) and port. */
    endpointAddress: string;
    endpointPort: number;
    endpointKind: ClusterSpec['spec']['controlPlane']['endpoint'];
    port: number;
    /** Each master's advertise (and bind) address, keyed by host name. */
    advertiseAddresses: Record<string, string>;
    sans: SanList;
    /** For local-proxy: where the proxy listens on every host and where it forwards. */
    localProxy?: { listen: string; upstreams: string[] };
  };
  etcd: DerivedEtcd;
}

/** The address and port clients use: the load balancer's, the single master's, or the local proxy's. */
function endpointOf(spec: ClusterSpec, masters: DerivedHost[]): { address: string; port: number } {
  const { endpoint, loadBalancer, apiserverPort } = spec.spec.controlPlane;
  if (endpoint === 'load-balancer') {
    // parseClusterSpec refuses this mode without a load balancer; a stored spec is checked again here.
    if (!loadBalancer)
      throw new SpecError([{ path: 'spec.controlPlane.loadBalancer', message: 'required when endpoint is load-balancer' }]);
    return { address: canonicalIp(loadBalancer.address) ?? loadBalancer.address, port: loadBalancer.port };
  }
  if (endpoint === 'single-master') return { address: masters[0].address, port: apiserverPort };
  return { address: '127.0.0.1', port: apiserverPort };
}

function derivedHost(host: Host, defaultPort: number): DerivedHost {
  return { name: host.name, address: canonicalIp(host.address) ?? host.address, sshPort: host.port ?? defaultPort, roles: host.roles };
}

/** Derive everything from a spec returned by parseClusterSpec. */
export function deriveCluster(spec: ClusterSpec): DerivedCluster {
  const s = spec.spec;
  const hosts = s.hosts.map((h) => derivedHost(h, s.ssh.port));
  const withRole = (role: Role) => hosts.filter((h) => h.roles.includes(role));
  const masters = withRole('master');
  // Masters get a pod subnet too: the apiserver must reach pods (metrics-server, webhooks).
  const podHosts = hosts.filter((h) => h.roles.includes('master') || h.roles.includes('node')).map((h) => h.name);
  const network = deriveNetwork(s.network, podHosts);
  const port = s.controlPlane.apiserverPort;
  const kubernetes = parseKubernetesVersion(s.kubernetesVersion);
  const reach = endpointOf(spec, masters);
  return {
    name: spec.metadata.name,
    kubernetes,
    hosts,
    roles: { etcd: withRole('etcd').map((h) => h.name), master: masters.map((h) => h.name), node: withRole('node').map((h) => h.name) },
    network,
    apiserver: {
      endpoint: `https://${hostPort(reach.address, reach.port)}`,
      endpointAddress: reach.address,
      endpointPort: reach.port,
      endpointKind: s.controlPlane.endpoint,
      port,
      advertiseAddresses: Object.fromEntries(masters.map((m) => [m.name, m.address])),
      sans: apiserverSanList({
        masters,
        serviceCidr: s.network.serviceCIDR,
        clusterDomain: s.network.clusterDomain,
        loadBalancerAddress: s.controlPlane.loadBalancer?.address,
      }),
      ...(s.controlPlane.endpoint === 'local-proxy'
        ? { localProxy: { listen: hostPort('127.0.0.1', port), upstreams: masters.map((m) => hostPort(m.address, port)) } }
        : {}),
    },
    etcd: deriveEtcd(withRole('etcd'), kubernetes.minor, s.etcd.dataDir),
  };
}
