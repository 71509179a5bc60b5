import { parseCidr } from '@kdeploy/cluster-spec';
import { SpecError, SpecIssue } from '@kdeploy/errors';
import type { networkV1 } from '@kdeploy/proto';

/** NetworkSpec's values with every default applied, checked. Holds no secret. */
export interface NetworkSettings {
  podCidr: string;
  subnetLen: number;
  subnetManager: 'etcd' | 'kube';
  backend: 'vxlan' | 'host-gw';
  vxlanId: number;
  vxlanPort: number;
  /** Without a trailing slash, as flanneld takes it: `/coreos.com/network`. */
  etcdPrefix: string;
  etcdEndpoints: readonly string[];
  /** 0: derived per host from its interface and the backend. */
  mtu: number;
}

const MANAGERS: Record<networkV1.SubnetManager__Output, NetworkSettings['subnetManager'] | undefined> = {
  SUBNET_MANAGER_UNSPECIFIED: undefined,
  SUBNET_MANAGER_ETCD: 'etcd',
  SUBNET_MANAGER_KUBE: 'kube',
};
const BACKENDS: Record<networkV1.Backend__Output, NetworkSettings['backend'] | undefined> = {
  BACKEND_UNSPECIFIED: undefined,
  BACKEND_VXLAN: 'vxlan',
  BACKEND_HOST_GW: 'host-gw',
};
const PREFIX = /^(\/[A-Za-z0-9._-]+)+$/;

/** NetworkSpec checked, every bad field named, the contract's defaults applied. */
export function networkSettings(spec: networkV1.NetworkSpec__Output | null | undefined): NetworkSettings {
  if (!spec) throw new SpecError([{ path: 'spec', message: 'required: the network settings derived from the cluster spec' }]);
  const issues: SpecIssue[] = [];
  const pod = parseCidr(spec.podCidr);
  if (!pod) issues.push({ path: 'spec.pod_cidr', message: `${JSON.stringify(spec.podCidr)} is not a CIDR such as 10.244.0.0/16` });
  else if (pod.family !== 4) issues.push({ path: 'spec.pod_cidr', message: 'an IPv4 network: IPv6 pod networks are not supported yet' });
  const subnetLen = spec.subnetLen || 24;
  if (pod?.family === 4 && (subnetLen <= pod.prefix || subnetLen > 30))
    issues.push({ path: 'spec.subnet_len', message: `${subnetLen} must be longer than the pod network's /${pod.prefix} and at most 30` });
  const subnetManager = MANAGERS[spec.subnetManager];
  if (!subnetManager) issues.push({ path: 'spec.subnet_manager', message: 'SUBNET_MANAGER_ETCD or SUBNET_MANAGER_KUBE' });
  const backend = BACKENDS[spec.backend];
  if (!backend) issues.push({ path: 'spec.backend', message: 'BACKEND_VXLAN or BACKEND_HOST_GW' });
  const vxlanPort = spec.vxlanPort || 8472;
  if (vxlanPort > 65535) issues.push({ path: 'spec.vxlan_port', message: `${vxlanPort} is not a UDP port` });
  const vxlanId = spec.vxlanId || 1;
  if (vxlanId > 16_777_215) issues.push({ path: 'spec.vxlan_id', message: `${vxlanId} is not a VXLAN network id (1 to 16777215)` });
  const etcdPrefix = (spec.etcdPrefix || '/coreos.com/network').replace(/\/+$/, '');
  if (!PREFIX.test(etcdPrefix))
    issues.push({ path: 'spec.etcd_prefix', message: `${spec.etcdPrefix} is not a key prefix such as /coreos.com/network` });
  if (subnetManager === 'etcd') {
    if (spec.etcdEndpoints.length === 0) issues.push({ path: 'spec.etcd_endpoints', message: 'required with SUBNET_MANAGER_ETCD' });
    for (const e of spec.etcdEndpoints)
      if (!URL.canParse(e) || new URL(e).protocol !== 'https:' || !new URL(e).port)
        issues.push({ path: 'spec.etcd_endpoints', message: `${e}: an https:// URL with a port (etcd serves clients over TLS only)` });
  }
  if (spec.mtu && (spec.mtu < 576 || spec.mtu > 9000))
    issues.push({ path: 'spec.mtu', message: `${spec.mtu} is not an MTU from 576 to 9000` });
  if (issues.length || !subnetManager || !backend) throw new SpecError(issues);
  return {
    podCidr: spec.podCidr,
    subnetLen,
    subnetManager,
    backend,
    vxlanId,
    vxlanPort,
    etcdPrefix,
    etcdEndpoints: spec.etcdEndpoints,
    mtu: spec.mtu,
  };
}
