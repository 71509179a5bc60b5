import { counterCommand, counterRules, parseCounters, sendCommand } from './probe';

describe('the probes between nodes', () => {
  const peers = [{ address: '10.211.0.15', mtu: 1500 }];

  it('counts small and full-size probes per peer in the raw table, before any filter of the host', () => {
    const rules = counterRules('kdeploy-probe-ab12', '10.211.0.14', peers, 8472);
    expect(rules).toHaveLength(2);
    expect(rules[1]).toContain('--length 1500');
    const insert = counterCommand('-I', rules);
    expect(insert).toMatch(/^iptables -w 5 -t raw -I PREROUTING -s 10\.211\.0\.15 -d 10\.211\.0\.14 -p udp --dport 8472 /);
    expect(insert).not.toMatch(/ -j /);
  });

  it('sends full-size probes whose IP packet is exactly the MTU (28 bytes of IPv4 and UDP headers)', () => {
    expect(sendCommand(peers, 8472)).toContain('1472');
  });

  it("reads the counters from iptables' own listing", () => {
    const listing = [
      'Chain PREROUTING (policy ACCEPT 120 packets, 9000 bytes)',
      '    pkts      bytes target     prot opt in     out     source               destination',
      '       3       99            udp  --  *      *       10.211.0.15          10.211.0.14          udp dpt:8472 length 0:100 /* kdeploy-probe-ab12 small 10.211.0.15 */',
      '       0        0            udp  --  *      *       10.211.0.15          10.211.0.14          udp dpt:8472 length 1500 /* kdeploy-probe-ab12 full 10.211.0.15 */',
      '       7      700            udp  --  *      *       10.211.0.16          10.211.0.14          udp dpt:8472 /* kdeploy-probe-ffff small 10.211.0.16 */',
    ].join('\n');
    expect(parseCounters(listing, 'kdeploy-probe-ab12')).toEqual(
      new Map([
        ['kdeploy-probe-ab12 small 10.211.0.15', 3],
        ['kdeploy-probe-ab12 full 10.211.0.15', 0],
      ]),
    );
  });
});
