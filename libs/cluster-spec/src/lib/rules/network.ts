/**
 * Rules over the pod and service networks and the addresses that must stay out of them.
 * A pod or service range that covers a host's address breaks routing to that host in ways
 * that only show up after the install, so it is refused up front.
 */
import { Cidr, cidrContains, cidrsOverlap, formatCidr, hostBits, subnetCount } from '../net/cidr';
import { IpAddress, familyBits } from '../net/ip';
import { Report } from './report';
import { SpecView } from './view';

/** Smallest service range, in host bits: room for the apiserver IP, the DNS IP (10th) and services. */
export const MIN_SERVICE_HOST_BITS = 8;
/** Largest service range kube-apiserver accepts (`--service-cluster-ip-range`: at most 20 host bits). */
export const MAX_SERVICE_HOST_BITS = 20;
/** Smallest per-host pod subnet, in host bits (16 addresses). */
export const MIN_NODE_SUBNET_HOST_BITS = 4;

const familyName = (c: Cidr | IpAddress) => (c.family === 4 ? 'IPv4' : 'IPv6');

function checkServiceSize(service: Cidr, report: Report): void {
  const bits = hostBits(service);
  const path = ['spec', 'network', 'serviceCIDR'];
  const bitsOf = familyBits(service.family);
  if (bits < MIN_SERVICE_HOST_BITS) {
    report(
      path,
      `/${service.prefix} is too small; use /${bitsOf - MIN_SERVICE_HOST_BITS} or larger (the apiserver takes the 1st address, DNS the 10th, services the rest)`,
    );
  } else if (bits > MAX_SERVICE_HOST_BITS) {
    report(
      path,
      `/${service.prefix} is too large; kube-apiserver accepts at most /${bitsOf - MAX_SERVICE_HOST_BITS} for ${familyName(service)}`,
    );
  }
}

function checkNodeSubnets(view: SpecView, pod: Cidr, report: Report): void {
  const mask = view.nodeCidrMaskSize;
  if (mask === undefined) return;
  const path = ['spec', 'network', 'nodeCidrMaskSize'];
  const maxMask = familyBits(pod.family) - MIN_NODE_SUBNET_HOST_BITS;
  if (mask <= pod.prefix) {
    const hint = pod.family === 6 ? ' (IPv6 clusters usually use 64)' : '';
    report(path, `${mask} must be longer than the podCIDR prefix /${pod.prefix}${hint}`);
    return;
  }
  if (mask > maxMask) {
    report(path, `${mask} leaves too few pod addresses per host; use at most ${maxMask} for ${familyName(pod)}`);
    return;
  }
  // The first subnet stays unused, as flannel leaves it (SubnetMin is the second one).
  const usable = subnetCount(pod, mask) - 1n;
  const needed = (view.hosts ?? []).filter((h) => h.roles.includes('master') || h.roles.includes('node')).length;
  if (BigInt(needed) > usable) {
    report(
      ['spec', 'network', 'podCIDR'],
      `${formatCidr(pod)} holds ${usable} host subnet(s) of /${mask} (the first stays unused); ${needed} hosts need one each`,
    );
  }
}

function checkOutside(
  address: IpAddress | undefined,
  text: string | undefined,
  path: (string | number)[],
  view: SpecView,
  report: Report,
): void {
  if (!address) return;
  for (const [field, cidr] of [
    ['podCIDR', view.podCIDR],
    ['serviceCIDR', view.serviceCIDR],
  ] as const) {
    if (cidr && cidrContains(cidr, address)) {
      report(
        path,
        `${text} is inside spec.network.${field} ${formatCidr(cidr)}; host and load-balancer addresses must be outside the pod and service networks`,
      );
    }
  }
}

/** Every network rule. */
export function checkNetwork(view: SpecView, report: Report): void {
  const { podCIDR: pod, serviceCIDR: service } = view;
  if (pod && service) {
    if (pod.family !== service.family) {
      report(
        ['spec', 'network', 'serviceCIDR'],
        `is ${familyName(service)} while spec.network.podCIDR is ${familyName(pod)}; dual-stack is not supported, use one family`,
      );
    } else if (cidrsOverlap(pod, service)) {
      report(['spec', 'network', 'serviceCIDR'], `${formatCidr(service)} overlaps spec.network.podCIDR ${formatCidr(pod)}`);
    }
  }
  if (service) checkServiceSize(service, report);
  if (pod) checkNodeSubnets(view, pod, report);
  const family = pod?.family ?? service?.family;
  for (const host of view.hosts ?? []) {
    const path = ['spec', 'hosts', host.index, 'address'];
    if (host.address && family && host.address.family !== family) {
      report(
        path,
        `${host.addressText} is ${familyName(host.address)} but the cluster networks are IPv${family}; use the hosts' IPv${family} addresses`,
      );
    }
    checkOutside(host.address, host.addressText, path, view, report);
  }
  checkOutside(
    view.loadBalancer?.address,
    view.loadBalancer?.addressText,
    ['spec', 'controlPlane', 'loadBalancer', 'address'],
    view,
    report,
  );
}
