import { LabInfo, onHost } from '@kdeploy/testing';

/**
 * A CNI config for one node: the bundle's bridge plugin with host-local addresses from the
 * node's own subnet. The pod network is the network installer's; until it runs, a kubelet
 * reports NetworkReady=false without some config, so the node tests write this one.
 */
export async function writeBridgeCni(lab: LabInfo, node: string, subnet: string): Promise<void> {
  const conf = {
    cniVersion: '1.0.0',
    name: 'node-test-bridge',
    plugins: [
      {
        type: 'bridge',
        bridge: 'cni0',
        isGateway: true,
        ipMasq: true,
        hairpinMode: true,
        ipam: { type: 'host-local', ranges: [[{ subnet }]], routes: [{ dst: '0.0.0.0/0' }] },
      },
      { type: 'portmap', capabilities: { portMappings: true } },
    ],
  };
  const text = Buffer.from(JSON.stringify(conf)).toString('base64');
  await onHost(lab, node, `mkdir -p /etc/cni/net.d && echo ${text} | base64 -d > /etc/cni/net.d/10-node-test-bridge.conflist`);
}
