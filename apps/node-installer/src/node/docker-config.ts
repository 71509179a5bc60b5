import { NodeSettings } from '../request/settings';
import { LAYOUT } from './layout';
import { RUNC_OOM_FLOOR, RUNC_OOM_FLOOR_RUNTIME } from './runc-oom-floor';

/** Docker applies registry-mirrors to Docker Hub only; these are the names Docker Hub goes by. */
const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

/** /etc/docker/daemon.json's text, and the registries whose mirrors Docker cannot use. */
export interface DockerDaemonConfig {
  json: string;
  /** Registries other than Docker Hub with mirrors in the spec: containerd nodes use them, Docker cannot. */
  unusedMirrors: string[];
}

/**
 * Docker Engine for the kubelet, through cri-dockerd: the node's containerd as its runtime
 * (so runc and the shims are the bundle's), the systemd cgroup driver the kubelet uses, the
 * spec's Docker Hub mirrors and insecure registries, json-file logs with rotation, and the
 * spec's storage driver. Docker makes no bridge and no iptables rules of its own: pods get
 * their network from CNI, and Docker's FORWARD DROP policy would cut pod traffic between
 * nodes. live-restore keeps containers running while dockerd restarts for a changed setting.
 * On a host that may not lower OOM scores, the default runtime floors them (runc-oom-floor).
 */
export function dockerDaemonConfig(s: NodeSettings, facts: { restrictOomScoreAdj: boolean }): DockerDaemonConfig {
  const hub = s.registryMirrors.filter((m) => DOCKER_HUB.includes(m.registry));
  const config = {
    containerd: LAYOUT.containerdSocket,
    'data-root': LAYOUT.dockerDataDir,
    'exec-opts': ['native.cgroupdriver=systemd'],
    'registry-mirrors': hub.flatMap((m) => m.endpoints),
    'insecure-registries': [...s.insecureRegistries],
    'log-driver': 'json-file',
    'log-opts': { 'max-size': s.docker.logMaxSize, 'max-file': String(s.docker.logMaxFiles) },
    'storage-driver': s.docker.storageDriver,
    bridge: 'none',
    iptables: false,
    'ip-masq': false,
    'live-restore': true,
    // where the host may not lower OOM scores, containers run through runc-oom-floor (why: there)
    ...(facts.restrictOomScoreAdj
      ? { runtimes: { [RUNC_OOM_FLOOR_RUNTIME]: { path: RUNC_OOM_FLOOR } }, 'default-runtime': RUNC_OOM_FLOOR_RUNTIME }
      : {}),
  };
  return {
    json: `${JSON.stringify(config, null, 2)}\n`,
    unusedMirrors: s.registryMirrors.filter((m) => !DOCKER_HUB.includes(m.registry)).map((m) => m.registry),
  };
}
