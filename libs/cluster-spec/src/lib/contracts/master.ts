import type { masterV1 } from '@kdeploy/proto';
import type { DerivedCluster } from '../derive/cluster';
import { endpointMessage } from './endpoint';

/**
 * The derived control-plane values as every master-installer request carries them: masters
 * and their addresses, the apiserver SANs, service IP, CIDRs, etcd endpoints and the
 * endpoint. flannel's kube-subnet-mgr reads each node's pod CIDR, so the controller-manager
 * always allocates them.
 */
export function masterSpecMessage(d: DerivedCluster): masterV1.MasterSpec {
  return {
    kubernetesVersion: d.kubernetes.version,
    clusterName: d.name,
    serviceCidr: d.network.serviceCIDR,
    podCidr: d.network.podCIDR,
    allocateNodeCidrs: true,
    nodeCidrMaskSize: d.network.nodeCidrMaskSize,
    clusterDomain: d.network.clusterDomain,
    apiserverServiceIp: d.network.apiserverServiceIP,
    endpoint: endpointMessage(d),
    etcdEndpoints: d.etcd.clientEndpoints,
    masters: Object.entries(d.apiserver.advertiseAddresses).map(([name, advertiseAddress]) => ({ name, advertiseAddress })),
    apiserverSans: { dnsNames: d.apiserver.sans.dnsNames, ipAddresses: d.apiserver.sans.ipAddresses },
    securePort: d.apiserver.port,
  };
}
