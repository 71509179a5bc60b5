import type { networkV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';
import type { ClusterSpec } from '../schema/cluster';

const MANAGERS = { etcd: 'SUBNET_MANAGER_ETCD', kube: 'SUBNET_MANAGER_KUBE' } as const;
const BACKENDS = { vxlan: 'BACKEND_VXLAN', 'host-gw': 'BACKEND_HOST_GW' } as const;

/**
 * The pod network as every network-installer request carries it: flannel's network and
 * per-node subnet length, subnet manager and backend, and with etcd the cluster's etcd client
 * URLs; VNI, port, key prefix and MTU are flannel's defaults (the MTU derived per host).
 */
export function networkSpecMessage(spec: ClusterSpec, d: DerivedCluster): networkV1.NetworkSpec {
  const subnetManager = spec.spec.network.subnetManager;
  return {
    podCidr: d.network.flannel.network,
    subnetLen: d.network.flannel.subnetLen,
    subnetManager: MANAGERS[subnetManager],
    backend: BACKENDS[d.network.flannel.backend],
    etcdEndpoints: subnetManager === 'etcd' ? d.etcd.clientEndpoints : [],
  };
}
