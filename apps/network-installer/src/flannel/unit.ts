import type { SystemdUnit } from '@kdeploy/templates';
import type { NetworkSettings } from '../request/settings';
import { FLANNELD_FLAGS } from './flags';
import { binPath, ETCD_CA, ETCD_CLIENT, HEALTHZ_PORT, LAYOUT } from './layout';

/** A flag flanneld of the bundle knows (reference/flannel-*), as `--name=value`; anything else is a bug, refused before a unit is written. */
function flag(name: string, value?: string): string {
  if (!FLANNELD_FLAGS.has(name)) throw new RangeError(`flanneld has no flag --${name} in kdeploy's table`);
  return value === undefined ? `--${name}` : `--${name}=${value}`;
}

/**
 * flanneld on one node: its underlay is the node's own address, it masquerades traffic leaving
 * the pod network, serves health on loopback only, and tells systemd it is ready once it holds
 * a lease and has written subnet.env. With etcd it is a client with its own certificate; with
 * the Kubernetes subnet manager it takes the Node's podCIDR through its own API identity.
 */
export function flanneldUnit(s: NetworkSettings, node: { name: string; address: string }, sha256: string): SystemdUnit {
  const manager =
    s.subnetManager === 'etcd'
      ? [
          flag('etcd-endpoints', s.etcdEndpoints.join(',')),
          flag('etcd-prefix', s.etcdPrefix),
          flag('etcd-cafile', ETCD_CA),
          flag('etcd-certfile', ETCD_CLIENT.cert),
          flag('etcd-keyfile', ETCD_CLIENT.key),
        ]
      : [flag('kube-subnet-mgr'), flag('kubeconfig-file', LAYOUT.kubeconfig), flag('net-config-path', LAYOUT.netConf)];
  return {
    unit: {
      Description: 'flannel pod network (kdeploy)',
      Documentation: ['https://github.com/flannel-io/flannel'],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_FLANNELD_SHA256: sha256, ...(s.subnetManager === 'kube' ? { NODE_NAME: node.name } : {}) },
      ExecStart: {
        command: binPath('flanneld'),
        args: [
          ...manager,
          flag('iface', node.address),
          flag('public-ip', node.address),
          flag('ip-masq'),
          flag('subnet-file', LAYOUT.subnetEnv),
          flag('healthz-ip', '127.0.0.1'),
          flag('healthz-port', String(HEALTHZ_PORT)),
        ],
      },
      Restart: 'always',
      RestartSec: 5,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}
