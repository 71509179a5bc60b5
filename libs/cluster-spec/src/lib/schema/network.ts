/**
 * The pod and service networks. Single-stack (IPv4 or IPv6); the cross-field rules
 * (overlap, sizes, host addresses) live in rules/network.ts.
 */
import { z } from 'zod';
import { CidrText, DnsSubdomain, IpAddressText } from './primitives';

/** Pod network, service network and cluster DNS domain. */
export const Network = z
  .strictObject({
    plugin: z.literal('flannel').default('flannel'),
    backend: z.enum(['vxlan', 'host-gw']).default('vxlan').meta({
      description: 'vxlan works across L3; host-gw needs every host in one L2 segment',
    }),
    subnetManager: z.enum(['etcd', 'kube']).default('etcd').meta({
      description:
        "Where flannel keeps its config and each node's subnet: etcd (the classic binary install's way, flanneld an etcd client with its own certificate) or kube (the Node's podCIDR)",
    }),
    podCIDR: CidrText.default('10.244.0.0/16').meta({ description: 'Pod addresses; one subnet per host is carved out of it' }),
    serviceCIDR: CidrText.default('10.96.0.0/12').meta({
      description: 'Service (ClusterIP) addresses; between /24 and /12 for IPv4, /120 and /108 for IPv6',
    }),
    clusterDomain: DnsSubdomain.default('cluster.local'),
    upstreamResolvers: z
      .array(IpAddressText)
      .max(3)
      .default([])
      .meta({ description: "Where CoreDNS sends names outside the cluster; empty means each node's /etc/resolv.conf" }),
    nodeCidrMaskSize: z
      .number()
      .int()
      .min(8)
      .max(126)
      .default(24)
      .meta({ description: "Prefix length of each host's pod subnet; IPv6 clusters usually want 64" }),
    proxyMode: z.enum(['iptables', 'ipvs', 'nftables']).default('iptables').meta({
      description: "kube-proxy's mode; nftables needs kernel 5.13 and nft 1.0.1 on every node",
    }),
  })
  .meta({ id: 'Network' });
export type Network = z.infer<typeof Network>;
