import { sh } from '@kdeploy/ssh';

/** Small probes and full-size probes each node sends each peer. */
export const PROBES = 3;
/** IPv4 and UDP headers: a datagram of mtu - 28 bytes makes an IP packet of exactly mtu. */
const IP_UDP_HEADERS = 28;

/**
 * Counting rules on a receiver, first in the raw table's PREROUTING (before any filter of the
 * host's, so what is counted is what the network delivered): one for the small probes from each
 * peer, one for the full-size probes (their IP length exactly the path's MTU; a fragment or
 * nothing is what a smaller path MTU leaves). No target: they count and let the packet on.
 */
export function counterRules(tag: string, self: string, peers: readonly { address: string; mtu: number }[], port: number): string[] {
  return peers.flatMap((p) => [
    sh`-s ${p.address} -d ${self} -p udp --dport ${port} -m length --length 0:100 -m comment --comment ${`${tag} small ${p.address}`}`,
    sh`-s ${p.address} -d ${self} -p udp --dport ${port} -m length --length ${p.mtu} -m comment --comment ${`${tag} full ${p.address}`}`,
  ]);
}

/** Inserts (or, with `-D`, deletes) the receiver's counting rules. */
export function counterCommand(action: '-I' | '-D', rules: readonly string[]): string {
  return rules.map((r) => `iptables -w 5 -t raw ${action} PREROUTING ${r}`).join(' && ');
}

/** The sender's probes: bash's /dev/udp, each write one datagram; the full ones carry `mtu` bytes of IP packet. */
export function sendCommand(targets: readonly { address: string; mtu: number }[], port: number): string {
  const lines = targets.map(
    (t) =>
      sh`for i in $(seq ${PROBES}); do printf probe > /dev/udp/${t.address}/${port}; printf '%0*d' ${t.mtu - IP_UDP_HEADERS} 0 > /dev/udp/${t.address}/${port}; sleep 0.02; done`,
  );
  return `bash -c ${sh`${lines.join('; ')}`} 2>/dev/null; true`;
}

/** Packet counts by rule comment from `iptables -t raw -L PREROUTING -n -v -x`. */
export function parseCounters(listing: string, tag: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of listing.split('\n')) {
    const m = new RegExp(`^\\s*(\\d+)\\s+\\d+.*/\\* (${tag} (?:small|full) \\S+) \\*/`).exec(line);
    if (m) out.set(m[2], Number(m[1]));
  }
  return out;
}
