import { sh } from '@kdeploy/ssh';
import type { NetworkSettings } from '../request/settings';
import { ETCD_CA, ETCD_CLIENT, toolPath } from './layout';

/** etcdctl on a node as etcd's user "flannel" (its own certificate): it reaches flannel's prefix and nothing else. */
export function flannelEtcdctl(s: NetworkSettings, args: readonly string[]): string {
  return sh`ETCDCTL_API=3 ${toolPath('etcdctl')} --endpoints=${s.etcdEndpoints.join(',')} --cacert=${ETCD_CA} --cert=${ETCD_CLIENT.cert} --key=${ETCD_CLIENT.key} --dial-timeout=3s --command-timeout=5s ${[...args]}`;
}

/** The etcd key of flannel's network config. */
export const configKey = (s: NetworkSettings) => `${s.etcdPrefix}/config`;
/** The etcd key of a node's lease: `<prefix>/subnets/10.244.1.0-24`. */
export const leaseKey = (s: NetworkSettings, subnet: string) => `${s.etcdPrefix}/subnets/${subnet.replace('/', '-')}`;
