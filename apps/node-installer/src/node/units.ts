import { SystemdUnit } from '@kdeploy/templates';
import { NodeVersion, Component } from '../versions';
import { Runtime } from '../request/settings';
import { binPath, DOCKER_UNITS, LAYOUT, UNITS } from './layout';

/** A flag the minor's table lists, as `--name=value`; anything else is a bug, refused before a unit is written. */
function flag(version: NodeVersion, component: Component, name: string, value: string): string {
  if (!version.flags[component].has(name)) throw new RangeError(`${component} ${version.minor} has no flag --${name} in kdeploy's table`);
  return `--${name}=${value}`;
}

/** containerd: delegates cgroups to itself and keeps containers running when it restarts. */
export function containerdUnit(sha256: string): SystemdUnit {
  return {
    unit: {
      Description: 'containerd container runtime (kdeploy)',
      Documentation: ['https://containerd.io'],
      After: ['network-online.target', 'local-fs.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_CONTAINERD_SHA256: sha256, PATH: `${LAYOUT.binDir}:/usr/sbin:/usr/bin:/sbin:/bin` },
      ExecStartPre: [{ command: '/sbin/modprobe', args: ['overlay'], ignoreFailure: true }],
      ExecStart: { command: binPath('containerd'), args: ['--config', LAYOUT.containerdConfig] },
      Restart: 'always',
      RestartSec: 5,
      Delegate: true,
      KillMode: 'process',
      OOMScoreAdjust: -999,
      LimitNOFILE: 'infinity',
      LimitNPROC: 'infinity',
      LimitCORE: 'infinity',
      TasksMax: 'infinity',
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}

/**
 * Docker Engine on the node's containerd (daemon.json says so): Type=notify, so a start returns
 * once the API answers; KillMode=process with live-restore keeps containers through a restart.
 */
export function dockerUnit(sha256: string): SystemdUnit {
  return {
    unit: {
      Description: 'Docker Engine (kdeploy)',
      Documentation: ['https://docs.docker.com'],
      After: ['network-online.target', UNITS.containerd],
      Wants: ['network-online.target'],
      Requires: [UNITS.containerd],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_DOCKERD_SHA256: sha256, PATH: `${LAYOUT.binDir}:/usr/sbin:/usr/bin:/sbin:/bin` },
      ExecStart: { command: binPath('dockerd'), args: ['--config-file', LAYOUT.dockerConfig] },
      Restart: 'always',
      RestartSec: 2,
      Delegate: true,
      KillMode: 'process',
      OOMScoreAdjust: -500,
      LimitNOFILE: 'infinity',
      LimitNPROC: 'infinity',
      LimitCORE: 'infinity',
      TasksMax: 'infinity',
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}

/**
 * cri-dockerd, the kubelet's CRI endpoint on a docker node: its pod sandboxes use the bundle's
 * pause image (loaded into Docker, never pulled), its pod networks come from the CNI plugins
 * and config where kdeploy puts them.
 */
export function criDockerdUnit(sandboxImage: string, sha256: string): SystemdUnit {
  return {
    unit: {
      Description: 'cri-dockerd, the CRI of Docker Engine (kdeploy)',
      Documentation: ['https://mirantis.github.io/cri-dockerd/'],
      After: [DOCKER_UNITS.docker],
      Requires: [DOCKER_UNITS.docker],
    },
    service: {
      Type: 'notify',
      Environment: { KDEPLOY_CRI_DOCKERD_SHA256: sha256 },
      ExecStart: {
        command: binPath('cri-dockerd'),
        args: [
          `--container-runtime-endpoint=unix://${LAYOUT.criDockerdSocket}`,
          `--docker-endpoint=unix://${LAYOUT.dockerSocket}`,
          `--cri-dockerd-root-directory=${LAYOUT.criDockerdDir}`,
          `--pod-infra-container-image=${sandboxImage}`,
          '--network-plugin=cni',
          `--cni-bin-dir=${LAYOUT.cniBinDir}`,
          `--cni-conf-dir=${LAYOUT.cniConfDir}`,
        ],
      },
      Restart: 'always',
      RestartSec: 2,
      Delegate: true,
      KillMode: 'process',
      LimitNOFILE: 'infinity',
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}

/**
 * The kubelet: its config file, the kubeconfig it writes after bootstrapping, the bootstrap
 * kubeconfig for the first start only, and the node's name and address as the spec has them.
 */
export function kubeletUnit(
  version: NodeVersion,
  node: { name: string; address: string },
  labels: Readonly<Record<string, string>>,
  sha256: string,
  runtime: Runtime = 'containerd',
): SystemdUnit {
  const runtimeUnit = runtime === 'docker' ? DOCKER_UNITS.criDockerd : UNITS.containerd;
  const labelText = Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return {
    unit: {
      Description: 'Kubernetes node agent (kdeploy)',
      Documentation: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/'],
      After: [runtimeUnit],
      Requires: [runtimeUnit],
    },
    service: {
      Type: 'exec',
      Environment: { KDEPLOY_KUBELET_SHA256: sha256 },
      ExecStart: {
        command: binPath('kubelet'),
        args: [
          flag(version, 'kubelet', 'config', LAYOUT.kubeletConfig),
          flag(version, 'kubelet', 'kubeconfig', LAYOUT.kubeletKubeconfig),
          flag(version, 'kubelet', 'bootstrap-kubeconfig', LAYOUT.bootstrapKubeconfig),
          flag(version, 'kubelet', 'cert-dir', LAYOUT.kubeletPkiDir),
          flag(version, 'kubelet', 'hostname-override', node.name),
          flag(version, 'kubelet', 'node-ip', node.address),
          ...(labelText ? [flag(version, 'kubelet', 'node-labels', labelText)] : []),
        ],
      },
      Restart: 'always',
      RestartSec: 5,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}

/** kube-proxy: everything in its config file. */
export function kubeProxyUnit(version: NodeVersion, nodeName: string, sha256: string): SystemdUnit {
  return {
    unit: {
      Description: 'Kubernetes service proxy (kdeploy)',
      Documentation: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/'],
      After: ['network-online.target'],
      Wants: ['network-online.target'],
    },
    service: {
      Type: 'exec',
      Environment: { KDEPLOY_KUBE_PROXY_SHA256: sha256 },
      ExecStart: {
        command: binPath('kube-proxy'),
        args: [flag(version, 'kube-proxy', 'config', LAYOUT.kubeProxyConfig), flag(version, 'kube-proxy', 'hostname-override', nodeName)],
      },
      Restart: 'always',
      RestartSec: 5,
      LimitNOFILE: 65536,
    },
    install: { WantedBy: ['multi-user.target'] },
  };
}
