import { renderUnit, SystemdUnit } from '@kdeploy/templates';
import { apiserverUnit } from '../control-plane/apiserver-unit';
import { controllerManagerUnit } from '../control-plane/controller-manager-unit';
import { schedulerUnit } from '../control-plane/scheduler-unit';
import { MasterHost, masterHost, MasterSettings, masterSettings } from '../control-plane/settings';
import { Component, KubernetesVersion, versionTable } from '../versions';

/** The lab's three masters (shared/examples/lab-cluster.yaml), which also run etcd. */
export const MASTERS: MasterHost[] = [
  masterHost('lab1', '10.211.0.11'),
  masterHost('lab2', '10.211.0.12'),
  masterHost('lab3', '10.211.0.13'),
];

/** Settings as a request for the lab cluster carries them. */
export const SETTINGS: MasterSettings = masterSettings({
  kubernetesVersion: 'v1.37.2',
  clusterName: 'lab',
  serviceCidr: '10.96.0.0/12',
  podCidr: '10.244.0.0/16',
  allocateNodeCidrs: true,
  etcdEndpoints: MASTERS.map((m) => `https://${m.address}:2379`),
});

/** The same cluster on IPv6 only. */
export const MASTERS_V6: MasterHost[] = [
  masterHost('lab1', 'fd00:211::11'),
  masterHost('lab2', 'fd00:211::12'),
  masterHost('lab3', 'fd00:211::13'),
];
export const SETTINGS_V6: MasterSettings = masterSettings({
  ...SETTINGS,
  serviceCidr: 'fd00:96::/108',
  podCidr: 'fd00:244::/56',
  nodeCidrMaskSize: 0,
  etcdEndpoints: MASTERS_V6.map((m) => `https://[${m.address}]:2379`),
});

export const VERSION: KubernetesVersion = versionTable(SETTINGS.kubernetesVersion);

/** Fixed sha256 values for the units' binary-hash field (rendering reads no binary). */
export const SHA256: Record<Component, string> = {
  'kube-apiserver': 'a'.repeat(64),
  'kube-controller-manager': 'b'.repeat(64),
  'kube-scheduler': 'c'.repeat(64),
};

/** The three units of one master. */
export function unitsOf(host: MasterHost, s = SETTINGS, version = VERSION): Record<Component, SystemdUnit> {
  return {
    'kube-apiserver': apiserverUnit(host, s, version, SHA256['kube-apiserver']),
    'kube-controller-manager': controllerManagerUnit(s, version, SHA256['kube-controller-manager']),
    'kube-scheduler': schedulerUnit(s, version, SHA256['kube-scheduler']),
  };
}

/** The three units of one master as file text. */
export function unitTexts(host: MasterHost, s = SETTINGS, version = VERSION): Record<Component, string> {
  const units = unitsOf(host, s, version);
  return {
    'kube-apiserver': renderUnit(units['kube-apiserver']),
    'kube-controller-manager': renderUnit(units['kube-controller-manager']),
    'kube-scheduler': renderUnit(units['kube-scheduler']),
  };
}

/** ExecStart's flags as name to value; a flag given twice would be a bug, so it throws. */
export function flagsOf(unit: SystemdUnit): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of (unit.service.ExecStart.args ?? []).flat()) {
    const m = /^--([a-z0-9-]+)=(.*)$/.exec(word);
    if (!m) throw new Error(`not a --flag=value word: ${word}`);
    if (out.has(m[1])) throw new Error(`--${m[1]} given twice`);
    out.set(m[1], m[2]);
  }
  return out;
}
