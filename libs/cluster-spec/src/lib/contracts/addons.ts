import type { masterV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';
import type { ClusterSpec } from '../schema/cluster';

/** The add-ons the spec names, as master-installer's ApplyAddons takes them; one it does not name is absent (and removed). */
export function addonsSpecMessage(spec: ClusterSpec, d: DerivedCluster): masterV1.AddonsSpec {
  const names = spec.spec.addons;
  return {
    ...(names.includes('coredns')
      ? { coredns: { clusterDnsIp: d.network.clusterDNSIP, upstreamResolvers: spec.spec.network.upstreamResolvers, replicas: 2 } }
      : {}),
    ...(names.includes('metrics-server') ? { metricsServer: { port: 0 } } : {}),
  };
}
