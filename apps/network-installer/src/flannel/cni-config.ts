import { CNI_BRIDGE, CNI_NETWORK } from './layout';
import type { SubnetEnv } from './subnet-env';

/**
 * The node's CNI network, from its lease: what flannel's CNI plugin hands to the bridge plugin
 * at every pod start, written once instead (that plugin is not in the bundle: its module is not
 * served). Bridge cni0 as the pods' gateway, host-local addresses from the lease, a route to
 * the whole pod network, masquerading left to flanneld when it does it, and portmap for hostPorts.
 */
export function cniConflist(lease: SubnetEnv): string {
  const conf = {
    cniVersion: '1.0.0',
    name: CNI_NETWORK,
    plugins: [
      {
        type: 'bridge',
        bridge: CNI_BRIDGE,
        isGateway: true,
        isDefaultGateway: true,
        hairpinMode: true,
        ipMasq: !lease.ipMasq,
        mtu: lease.mtu,
        ipam: { type: 'host-local', ranges: [[{ subnet: lease.subnet }]], routes: [{ dst: lease.network }] },
      },
      { type: 'portmap', capabilities: { portMappings: true } },
    ],
  };
  return `${JSON.stringify(conf, null, 2)}\n`;
}
