/**
 * Derived network values: the two well-known service IPs and flannel's subnet plan.
 */
import { Cidr, formatCidr, nthAddress, nthSubnet, parseCidr, subnetCount } from '../net/cidr';
import { formatIp } from '../net/ip';
import { Network } from '../schema/network';

/** The apiserver's ClusterIP (`kubernetes.default`): kube-apiserver always takes the first usable address. */
export const APISERVER_SERVICE_IP_OFFSET = 1;
/**
 * The cluster DNS ClusterIP: the 10th address, kubeadm's convention (10.96.0.10), which
 * users, docs and tools expect; a fixed offset keeps it derivable from the CIDR alone and
 * clear of the low addresses the apiserver may hand out first.
 */
export const CLUSTER_DNS_IP_OFFSET = 10;

/** flannel's network config, family-neutral (templates map it to net-conf.json fields). */
export interface FlannelPlan {
  backend: Network['backend'];
  network: string;
  subnetLen: number;
  /** First subnet leased; the first one of the network stays unused, as flannel does by default. */
  subnetMin: string;
  subnetMax: string;
  /** Subnet planned per host (spec.hosts order among pod-network hosts). */
  hostSubnets: Record<string, string>;
}

/** Derived network facts. */
export interface DerivedNetwork {
  ipFamily: 'IPv4' | 'IPv6';
  podCIDR: string;
  serviceCIDR: string;
  clusterDomain: string;
  nodeCidrMaskSize: number;
  apiserverServiceIP: string;
  clusterDNSIP: string;
  flannel: FlannelPlan;
}

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed) throw new RangeError(`${text} is not a CIDR; derive only from a parsed spec`);
  return parsed;
}

/**
 * Network values for a validated spec. `podHosts` are the hosts that get a pod subnet
 * (masters and nodes), in spec order; host i gets subnet i+1 of the pod network.
 */
export function deriveNetwork(network: Network, podHosts: string[]): DerivedNetwork {
  const pod = cidr(network.podCIDR);
  const service = cidr(network.serviceCIDR);
  const mask = network.nodeCidrMaskSize;
  const last = subnetCount(pod, mask) - 1n;
  const hostSubnets: Record<string, string> = {};
  podHosts.forEach((name, i) => {
    hostSubnets[name] = formatCidr(nthSubnet(pod, mask, i + 1));
  });
  return {
    ipFamily: pod.family === 4 ? 'IPv4' : 'IPv6',
    podCIDR: formatCidr(pod),
    serviceCIDR: formatCidr(service),
    clusterDomain: network.clusterDomain,
    nodeCidrMaskSize: mask,
    apiserverServiceIP: formatIp(nthAddress(service, APISERVER_SERVICE_IP_OFFSET)),
    clusterDNSIP: formatIp(nthAddress(service, CLUSTER_DNS_IP_OFFSET)),
    flannel: {
      backend: network.backend,
      network: formatCidr(pod),
      subnetLen: mask,
      subnetMin: formatCidr(nthSubnet(pod, mask, 1)),
      subnetMax: formatCidr(nthSubnet(pod, mask, last)),
      hostSubnets,
    },
  };
}
