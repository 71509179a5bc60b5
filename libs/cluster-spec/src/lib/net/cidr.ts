/**
 * CIDR arithmetic on top of ip.ts: containment, overlap, the n-th address and the n-th
 * subnet. Used for the rules (CIDRs must not overlap or contain hosts) and for the derived
 * values (service IPs, flannel subnets), so that no service ever does this math by hand.
 */
import { IpAddress, IpFamily, familyBits, formatIp, parseIp } from './ip';

/** A network: `base` is the first address, `prefix` the mask length. */
export interface Cidr {
  family: IpFamily;
  base: bigint;
  prefix: number;
}

/** Parse `a.b.c.d/n` or `x::/n`. Host bits may be set; see `hasHostBits`. */
export function parseCidrLoose(text: string): { cidr: Cidr; address: IpAddress } | undefined {
  const match = /^([^/]+)\/(0|[1-9][0-9]{0,2})$/.exec(text);
  if (!match) return undefined;
  const address = parseIp(match[1]);
  if (!address) return undefined;
  const prefix = Number(match[2]);
  if (prefix > familyBits(address.family)) return undefined;
  const cidr = { family: address.family, base: address.value & maskOf(address.family, prefix), prefix };
  return { cidr, address };
}

/** Parse a CIDR whose host bits are zero (`10.244.0.0/16`, not `10.244.1.0/16`). */
export function parseCidr(text: string): Cidr | undefined {
  const loose = parseCidrLoose(text);
  if (!loose || loose.address.value !== loose.cidr.base) return undefined;
  return loose.cidr;
}

/** The network mask as a number. */
export function maskOf(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(familyBits(family));
  const all = (1n << bits) - 1n;
  return all ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

/** Bits left for hosts (32 - prefix, or 128 - prefix). */
export function hostBits(cidr: Cidr): number {
  return familyBits(cidr.family) - cidr.prefix;
}

/** Number of addresses in the network. */
export function cidrSize(cidr: Cidr): bigint {
  return 1n << BigInt(hostBits(cidr));
}

/** True when the address lies inside the network (families must match). */
export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  return ip.family === cidr.family && (ip.value & maskOf(cidr.family, cidr.prefix)) === cidr.base;
}

/** True when the two networks share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const shorter = Math.min(a.prefix, b.prefix);
  const mask = maskOf(a.family, shorter);
  return (a.base & mask) === (b.base & mask);
}

/** The address at offset `n` from the network's base (n = 1 is the first usable one). */
export function nthAddress(cidr: Cidr, n: bigint | number): IpAddress {
  const offset = BigInt(n);
  if (offset < 0n || offset >= cidrSize(cidr)) {
    throw new RangeError(`offset ${offset} is outside ${formatCidr(cidr)}`);
  }
  return { family: cidr.family, value: cidr.base + offset };
}

/** Number of subnets of length `prefix` inside the network. */
export function subnetCount(cidr: Cidr, prefix: number): bigint {
  if (prefix < cidr.prefix || prefix > familyBits(cidr.family)) return 0n;
  return 1n << BigInt(prefix - cidr.prefix);
}

/** The `index`-th subnet of length `prefix` inside the network. */
export function nthSubnet(cidr: Cidr, prefix: number, index: bigint | number): Cidr {
  const i = BigInt(index);
  if (i < 0n || i >= subnetCount(cidr, prefix)) {
    throw new RangeError(`subnet ${i} of /${prefix} is outside ${formatCidr(cidr)}`);
  }
  const step = 1n << BigInt(familyBits(cidr.family) - prefix);
  return { family: cidr.family, base: cidr.base + i * step, prefix };
}

/** Canonical text (`10.96.0.0/12`, `fd00:10:96::/108`). */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp({ family: cidr.family, value: cidr.base })}/${cidr.prefix}`;
}
