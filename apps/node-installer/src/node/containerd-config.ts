import { posix } from 'node:path';
import { NodeSettings } from '../request/settings';
import { binPath, LAYOUT } from './layout';

/** Where containerd looks for per-registry hosts.toml files (mirrors). */
export const CERTS_D = '/etc/containerd/certs.d';

/** What of the host decides the runtime config beyond the spec. */
export interface RuntimeFacts {
  /** The image the kubelet's pod sandboxes use: the bundle's pause image, imported, pinned. */
  sandboxImage: string;
  /**
   * The host denies containerd CAP_SYS_RESOURCE (a container or a user namespace): then
   * containerd must not raise a container's oom_score_adj above its own.
   */
  restrictOomScoreAdj: boolean;
}

const q = (s: string) => `'${s.replace(/'/g, '')}'`;

/**
 * containerd 2's config (version 3): the systemd cgroup driver (what the kubelet uses), runc
 * from /usr/local/bin, the sandbox image pinned to the imported pause image (so it is never
 * pulled or garbage-collected), the CNI plugins and config where kdeploy puts them, and
 * registry mirrors through certs.d hosts files.
 */
export function containerdConfig(facts: RuntimeFacts): string {
  return [
    '# kdeploy: containerd for the kubelet; written on every apply',
    'version = 3',
    '',
    '[grpc]',
    `  address = ${q(LAYOUT.containerdSocket)}`,
    '',
    "[plugins.'io.containerd.cri.v1.images']",
    "  snapshotter = 'overlayfs'",
    '',
    "[plugins.'io.containerd.cri.v1.images'.pinned_images]",
    `  sandbox = ${q(facts.sandboxImage)}`,
    '',
    "[plugins.'io.containerd.cri.v1.images'.registry]",
    `  config_path = ${q(CERTS_D)}`,
    '',
    "[plugins.'io.containerd.cri.v1.runtime']",
    `  restrict_oom_score_adj = ${facts.restrictOomScoreAdj}`,
    '',
    "[plugins.'io.containerd.cri.v1.runtime'.cni]",
    `  bin_dirs = [${q(LAYOUT.cniBinDir)}]`,
    `  conf_dir = ${q(LAYOUT.cniConfDir)}`,
    '',
    "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]",
    "  runtime_type = 'io.containerd.runc.v2'",
    '',
    "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]",
    '  SystemdCgroup = true',
    `  BinaryName = ${q(binPath('runc'))}`,
    '',
  ].join('\n');
}

/** One hosts.toml per mirrored registry: the mirrors in order, the registry itself last. */
export function mirrorFiles(s: NodeSettings): { path: string; content: string }[] {
  return s.registryMirrors.map((m) => {
    const upstream = m.registry === 'docker.io' ? 'https://registry-1.docker.io' : `https://${m.registry}`;
    return {
      path: posix.join(CERTS_D, m.registry, 'hosts.toml'),
      content: [
        `server = ${q(upstream)}`,
        '',
        ...m.endpoints.flatMap((e) => [`[host.${q(e)}]`, "  capabilities = ['pull', 'resolve']", '']),
      ].join('\n'),
    };
  });
}
