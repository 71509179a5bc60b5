import { canonicalIp, formatIp, hostPort, parseIPv4, parseIPv6, parseIp } from './ip';

describe('parseIPv4', () => {
  it.each(['10.96.0.1', '0.0.0.0', '255.255.255.255', '192.168.0.211'])('accepts %s', (text) => {
    expect(parseIPv4(text)).toBeDefined();
  });

  it.each(['10.96.0', '10.96.0.1.2', '256.0.0.1', '010.0.0.1', '1.2.3.-4', '', 'a.b.c.d', '1.2.3.4 '])('refuses %j', (text) =>
    expect(parseIPv4(text)).toBeUndefined(),
  );

  it('reads the address as a 32-bit number', () => {
    expect(parseIPv4('10.96.0.10')).toBe(0x0a60000an);
  });
});

describe('parseIPv6', () => {
  it.each([
    ['::', 0n],
    ['::1', 1n],
    ['fd00::1', 0xfd000000000000000000000000000001n],
    ['1:2:3:4:5:6:7:8', 0x00010002000300040005000600070008n],
    ['::ffff:10.0.0.1', 0xffff0a000001n],
    ['FD00:0:0::A', 0xfd00000000000000000000000000000an],
  ])('reads %s', (text, value) => {
    expect(parseIPv6(text)).toBe(value);
  });

  it.each(['1::2::3', ':1::', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%eth0', '1.2.3.4::', 'g::1', ''])(
    'refuses %j',
    (text) => expect(parseIPv6(text)).toBeUndefined(),
  );
});

describe('formatIp', () => {
  it.each([
    ['fd00:0:0:0:0:0:0:1', 'fd00::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
    ['1:0:2:3:4:5:6:7', '1:0:2:3:4:5:6:7'],
    ['FD00:10:96:0:0:0:0:A', 'fd00:10:96::a'],
    ['10.96.0.10', '10.96.0.10'],
  ])('writes %s canonically as %s', (text, canonical) => {
    expect(canonicalIp(text)).toBe(canonical);
  });

  it('round-trips what it parses', () => {
    const ip = parseIp('2001:db8::8:800:200c:417a');
    expect(ip && formatIp(ip)).toBe('2001:db8::8:800:200c:417a');
  });
});

describe('hostPort', () => {
  it('brackets IPv6 literals and leaves IPv4 alone', () => {
    expect(hostPort('fd00::1', 2379)).toBe('[fd00::1]:2379');
    expect(hostPort('10.0.0.1', 2379)).toBe('10.0.0.1:2379');
  });
});
