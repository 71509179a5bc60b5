import { posix } from 'node:path';

/** Where etcd's pieces live on a host; one place, so install, remove and tests agree. */
export const LAYOUT = {
  binDir: '/usr/local/bin',
  /** Binaries are kept by hash, so a host that has a hash never receives those bytes again. */
  cacheDir: '/var/cache/kdeploy/artifacts',
  configDir: '/etc/etcd',
  pkiDir: '/etc/etcd/pki',
  /** Read by etcd only when it bootstraps a member; ignored once the data directory holds one. */
  bootstrapEnv: '/etc/etcd/bootstrap.env',
  unitName: 'etcd.service',
  unitPath: '/etc/systemd/system/etcd.service',
  snapshotDir: '/var/lib/etcd-snapshots',
} as const;

/** The binaries an etcd member needs, by manifest name (etcdutl: snapshot status and restore, offline since 3.6). */
export const BINARIES = ['etcd', 'etcdctl', 'etcdutl'] as const;
export type BinaryName = (typeof BINARIES)[number];

export const binPath = (name: BinaryName) => posix.join(LAYOUT.binDir, name);
export const cachePath = (sha256: string) => posix.join(LAYOUT.cacheDir, sha256);

/** Certificate and key paths of one identity, e.g. pki('server'). */
export function pki(identity: 'server' | 'peer' | 'healthcheck-client'): { cert: string; key: string } {
  return { cert: posix.join(LAYOUT.pkiDir, `${identity}.crt`), key: posix.join(LAYOUT.pkiDir, `${identity}.key`) };
}

export const CA_CERT = posix.join(LAYOUT.pkiDir, 'ca.crt');
