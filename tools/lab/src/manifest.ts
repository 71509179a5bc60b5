/** One binary in the artifact store: where it came from and what it must hash to. */
export interface ArtifactEntry {
  name: string;
  /** Debian package it was taken from. */
  package: string;
  version: string;
  arch: string;
  sha256: string;
  /** Path relative to the artifacts dir. */
  path: string;
  size: number;
}

export interface ArtifactManifest {
  /** Where the binaries come from, so nobody mistakes them for upstream release builds. */
  source: 'debian-packages';
  artifacts: ArtifactEntry[];
}

/** Which binaries to take from which package, and where to put them in the artifacts dir. */
export interface ArtifactSource {
  name: string;
  package: string;
  file: string;
  path: string;
}

export const CNI_PLUGINS = [
  'bandwidth', 'bridge', 'dhcp', 'firewall', 'host-device', 'host-local', 'ipvlan', 'loopback',
  'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan', 'vrf',
];

export const ARTIFACT_SOURCES: ArtifactSource[] = [
  { name: 'etcd', package: 'etcd-server', file: '/usr/bin/etcd', path: 'etcd/etcd' },
  { name: 'etcdctl', package: 'etcd-client', file: '/usr/bin/etcdctl', path: 'etcd/etcdctl' },
  { name: 'containerd', package: 'containerd', file: '/usr/bin/containerd', path: 'containerd/containerd' },
  {
    name: 'containerd-shim-runc-v2',
    package: 'containerd',
    file: '/usr/bin/containerd-shim-runc-v2',
    path: 'containerd/containerd-shim-runc-v2',
  },
  { name: 'ctr', package: 'containerd', file: '/usr/bin/ctr', path: 'containerd/ctr' },
  { name: 'runc', package: 'runc', file: '/usr/sbin/runc', path: 'runc/runc' },
  ...CNI_PLUGINS.map((p) => ({
    name: `cni-${p}`,
    package: 'containernetworking-plugins',
    file: `/usr/lib/cni/${p}`,
    path: `cni/${p}`,
  })),
];

/** The manifest for a set of entries, sorted by name so that the file is stable between runs. */
export function buildManifest(entries: ArtifactEntry[]): ArtifactManifest {
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) throw new Error(`duplicate artifact ${e.name}`);
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`artifact ${e.name}: sha256 is not 64 hex digits`);
    if (e.path.startsWith('/') || e.path.split('/').includes('..')) throw new Error(`artifact ${e.name}: path must be relative`);
    names.add(e.name);
  }
  return { source: 'debian-packages', artifacts: [...entries].sort((a, b) => a.name.localeCompare(b.name)) };
}
