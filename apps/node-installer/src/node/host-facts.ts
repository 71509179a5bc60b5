import { HostConnection, sh } from '@kdeploy/ssh';
import { Runtime } from '../request/settings';
import { DOCKER_UNITS, KUBELET_CLIENT_CURRENT, LAYOUT } from './layout';
import { OsFamily, osFamily, OsRelease, parseOsRelease } from './os-family';

/** What a host is, read in one round trip before any step. */
export interface HostFacts {
  os: OsRelease;
  family?: OsFamily;
  cgroupV1: boolean;
  machineId: string;
  /** Empty where the machine has no DMI (many VMs). */
  productUuid: string;
  hostname: string;
  swapOn: boolean;
  /** containerd may raise oom_score_adj (CAP_SYS_RESOURCE); false in containers and user namespaces. */
  canRaiseOomScore: boolean;
  /** kube-proxy may size the conntrack table (false where /proc/sys is read-only). */
  conntrackWritable: boolean;
  /** The kubelet has a client certificate from an earlier join. */
  joined: boolean;
  /** The runtime installed on the host (its kubelet's runtime endpoint, or cri-dockerd's unit), if any. */
  installedRuntime?: Runtime;
}

const CAP_SYS_RESOURCE = 24n;

/** Which runtime a kubelet runtime endpoint (or cri-dockerd's socket) names. */
function runtimeIn(text: string): Runtime | undefined {
  if (text.includes(LAYOUT.criDockerdSocket)) return 'docker';
  if (text.includes(LAYOUT.containerdSocket)) return 'containerd';
  return undefined;
}

const SEP = '--kdeploy--';

/** Reads a host's facts; every probe tolerates absence, so an odd host still gets a precise preflight error. */
export async function readHostFacts(host: HostConnection, signal?: AbortSignal): Promise<HostFacts> {
  const probes = [
    'cat /etc/os-release 2>/dev/null',
    'stat -fc %T /sys/fs/cgroup 2>/dev/null',
    'cat /etc/machine-id 2>/dev/null',
    'cat /sys/class/dmi/id/product_uuid 2>/dev/null',
    'hostname',
    'tail -n +2 /proc/swaps 2>/dev/null | wc -l',
    "awk '/^CapEff/ {print $2}' /proc/self/status",
    'test -w /proc/sys/net/netfilter/nf_conntrack_max && echo yes',
    sh`test -s ${KUBELET_CLIENT_CURRENT} && echo yes`,
    sh`grep -h '^containerRuntimeEndpoint:' ${LAYOUT.kubeletConfig} 2>/dev/null || { test -e ${`${LAYOUT.unitDir}/${DOCKER_UNITS.criDockerd}`} && echo ${LAYOUT.criDockerdSocket}; }`,
  ];
  const r = await host.exec(probes.map((p) => `{ ${p}; }; echo ${SEP}`).join('; '), { signal, timeoutMs: 15_000 });
  const parts = r.stdout.split(`${SEP}\n`).map((p) => p.trim());
  const os = parseOsRelease(parts[0] ?? '');
  const capEff = /^[0-9a-f]+$/.test(parts[6] ?? '') ? BigInt(`0x${parts[6]}`) : 0n;
  return {
    os,
    family: osFamily(os),
    cgroupV1: parts[1] !== 'cgroup2fs',
    machineId: parts[2] ?? '',
    productUuid: (parts[3] ?? '').toLowerCase(),
    hostname: parts[4] ?? '',
    swapOn: Number(parts[5] ?? 0) > 0,
    canRaiseOomScore: ((capEff >> CAP_SYS_RESOURCE) & 1n) === 1n,
    conntrackWritable: parts[7] === 'yes',
    joined: parts[8] === 'yes',
    installedRuntime: runtimeIn(parts[9] ?? ''),
  };
}

/** The identities that must differ between nodes, with the hosts that share one. */
export function duplicateIdentities(facts: ReadonlyMap<string, HostFacts>): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const key of ['machineId', 'productUuid', 'hostname'] as const) {
    const seen = new Map<string, string[]>();
    for (const [name, f] of facts) if (f[key]) seen.set(f[key], [...(seen.get(f[key]) ?? []), name]);
    for (const hosts of seen.values()) {
      if (hosts.length < 2) continue;
      const label = { machineId: '/etc/machine-id', productUuid: 'product_uuid', hostname: 'hostname' }[key];
      for (const h of hosts)
        problems.set(h, [...(problems.get(h) ?? []), `${label} is the same as on ${hosts.filter((x) => x !== h).join(', ')}`]);
    }
  }
  return problems;
}
