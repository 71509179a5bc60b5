import type { NetworkSettings } from '../request/settings';

/** VXLAN's overhead: outer Ethernet, IP, UDP and VXLAN headers; flannel takes 50 from the underlay's MTU. */
export const VXLAN_OVERHEAD = 50;

/**
 * flannel's network config, the same JSON in etcd (`<prefix>/config`) and in net-conf.json.
 * Backend is always written: flannel takes a config without one as its legacy "udp" backend.
 */
export function netConfig(s: NetworkSettings): string {
  const backend =
    s.backend === 'vxlan'
      ? { Type: 'vxlan', VNI: s.vxlanId, Port: s.vxlanPort, ...(s.mtu ? { MTU: s.mtu + VXLAN_OVERHEAD } : {}) }
      : { Type: 'host-gw' };
  return `${JSON.stringify({ Network: s.podCidr, SubnetLen: s.subnetLen, Backend: backend })}\n`;
}

/** The pod interface MTU flanneld will choose on a host whose underlay interface has `ifaceMtu`. */
export function podMtu(s: NetworkSettings, ifaceMtu: number): number {
  if (s.mtu) return s.mtu;
  return s.backend === 'vxlan' ? ifaceMtu - VXLAN_OVERHEAD : ifaceMtu;
}
