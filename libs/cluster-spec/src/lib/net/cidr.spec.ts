import { cidrContains, cidrSize, cidrsOverlap, formatCidr, nthAddress, nthSubnet, parseCidr, parseCidrLoose, subnetCount } from './cidr';
import { formatIp, parseIp } from './ip';

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`test CIDR ${text} does not parse`);
  return parsed;
};
const ip = (text: string) => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`test address ${text} does not parse`);
  return parsed;
};

describe('parseCidr', () => {
  it.each(['10.96.0.0/12', '0.0.0.0/0', '10.0.0.1/32', 'fd00:10:96::/108', '::/0'])('accepts %s', (text) => {
    expect(parseCidr(text)).toBeDefined();
  });

  it.each(['10.96.0.0', '10.96.0.0/33', '10.96.0.0/-1', '10.96.0.0/08', 'fd00::/129', 'x/8', '10.96.1.0/16'])('refuses %j', (text) =>
    expect(parseCidr(text)).toBeUndefined(),
  );

  it('reads a CIDR with host bits set loosely, masking the base', () => {
    expect(formatCidr(parseCidrLoose('10.244.1.0/16')?.cidr ?? cidr('0.0.0.0/0'))).toBe('10.244.0.0/16');
  });
});

describe('CIDR arithmetic', () => {
  it('counts addresses in both families', () => {
    expect(cidrSize(cidr('10.96.0.0/12'))).toBe(1048576n);
    expect(cidrSize(cidr('fd00::/64'))).toBe(1n << 64n);
  });

  it('finds the first usable and the tenth address of a service range', () => {
    expect(formatIp(nthAddress(cidr('10.96.0.0/12'), 1))).toBe('10.96.0.1');
    expect(formatIp(nthAddress(cidr('10.96.0.0/12'), 10))).toBe('10.96.0.10');
    expect(formatIp(nthAddress(cidr('fd00:10:96::/108'), 10))).toBe('fd00:10:96::a');
  });

  it('refuses an offset outside the network', () => {
    expect(() => nthAddress(cidr('10.0.0.0/30'), 4)).toThrow(RangeError);
  });

  it('tells containment, and never across families', () => {
    expect(cidrContains(cidr('10.96.0.0/12'), ip('10.111.255.255'))).toBe(true);
    expect(cidrContains(cidr('10.96.0.0/12'), ip('10.112.0.0'))).toBe(false);
    expect(cidrContains(cidr('::/0'), ip('10.0.0.1'))).toBe(false);
  });

  it('tells overlap when one network holds the other, not when they only touch', () => {
    expect(cidrsOverlap(cidr('10.0.0.0/8'), cidr('10.96.0.0/12'))).toBe(true);
    expect(cidrsOverlap(cidr('10.96.0.0/12'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrsOverlap(cidr('10.96.0.0/12'), cidr('10.112.0.0/12'))).toBe(false);
    expect(cidrsOverlap(cidr('fd00::/8'), cidr('fd00:10::/32'))).toBe(true);
  });

  it('numbers subnets from the base', () => {
    expect(subnetCount(cidr('10.244.0.0/16'), 24)).toBe(256n);
    expect(formatCidr(nthSubnet(cidr('10.244.0.0/16'), 24, 1))).toBe('10.244.1.0/24');
    expect(formatCidr(nthSubnet(cidr('10.244.0.0/16'), 24, 255))).toBe('10.244.255.0/24');
    expect(formatCidr(nthSubnet(cidr('fd00:10:244::/56'), 64, 3))).toBe('fd00:10:244:3::/64');
    expect(() => nthSubnet(cidr('10.244.0.0/16'), 24, 256)).toThrow(RangeError);
  });
});
