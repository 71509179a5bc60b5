/**
 * The apiserver certificate's SAN list, from the few facts it depends on. deriveCluster uses
 * it for a whole spec; pki-service uses it for the subset InitCluster carries, so both
 * always agree on what the certificate may cover.
 */
import { SpecError } from '@kdeploy/errors';
import { formatIp, parseIp } from '../net/ip';
import { nthAddress, parseCidr } from '../net/cidr';
import { APISERVER_SERVICE_IP_OFFSET } from './network';

/** What the apiserver SANs depend on. */
export interface ApiserverSanInput {
  masters: { name: string; address: string }[];
  serviceCidr: string;
  clusterDomain: string;
  loadBalancerAddress?: string;
}

const unique = (values: string[]) => [...new Set(values)];

/** Service IP, `kubernetes.*` names, localhost and loopback, every master, the load balancer. */
export function apiserverSanList(input: ApiserverSanInput): { dnsNames: string[]; ipAddresses: string[] } {
  const service = parseCidr(input.serviceCidr);
  if (!service) throw new SpecError([{ path: 'service_cidr', message: `not a CIDR: ${JSON.stringify(input.serviceCidr)}` }]);
  const canonical = (a: string) => {
    const ip = parseIp(a);
    return ip ? formatIp(ip) : a;
  };
  const ipv6 = service.family === 6;
  return {
    dnsNames: unique([
      'kubernetes',
      'kubernetes.default',
      'kubernetes.default.svc',
      `kubernetes.default.svc.${input.clusterDomain}`,
      'localhost',
      ...input.masters.map((m) => m.name),
    ]),
    ipAddresses: unique([
      formatIp(nthAddress(service, APISERVER_SERVICE_IP_OFFSET)),
      '127.0.0.1',
      ...(ipv6 ? ['::1'] : []),
      ...input.masters.map((m) => canonical(m.address)),
      ...(input.loadBalancerAddress ? [canonical(input.loadBalancerAddress)] : []),
    ]),
  };
}
