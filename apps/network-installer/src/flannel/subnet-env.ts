import { formatCidr, parseCidrLoose } from '@kdeploy/cluster-spec';

/** What flanneld wrote to subnet.env once it held a lease. */
export interface SubnetEnv {
  network: string;
  /** The lease as a network (flanneld writes the first address: 10.244.1.1/24 is the lease 10.244.1.0/24). */
  subnet: string;
  /** The pods' gateway on the bridge: that first address. */
  gateway: string;
  mtu: number;
  /** flanneld masquerades traffic leaving the pod network itself. */
  ipMasq: boolean;
}

/** Parses subnet.env; undefined while a field is missing (flanneld writes it whole, with a rename). */
export function parseSubnetEnv(text: string): SubnetEnv | undefined {
  const vars = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*?)\s*$/.exec(line);
    if (m) vars.set(m[1], m[2]);
  }
  const network = vars.get('FLANNEL_NETWORK') ?? '';
  const first = parseCidrLoose(vars.get('FLANNEL_SUBNET') ?? '');
  const mtu = Number(vars.get('FLANNEL_MTU'));
  if (!parseCidrLoose(network) || !first || !Number.isInteger(mtu) || mtu <= 0) return undefined;
  const gateway = (vars.get('FLANNEL_SUBNET') ?? '').split('/')[0];
  return { network, subnet: formatCidr(first.cidr), gateway, mtu, ipMasq: vars.get('FLANNEL_IPMASQ') === 'true' };
}
