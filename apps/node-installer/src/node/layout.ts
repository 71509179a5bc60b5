import { posix } from 'node:path';

/** Where a node's pieces live; one place, so install, remove and tests agree. */
export const LAYOUT = {
  binDir: '/usr/local/bin',
  cniBinDir: '/opt/cni/bin',
  cniConfDir: '/etc/cni/net.d',
  /** Binaries and image archives are kept by hash, so a host that has a hash never receives those bytes again. */
  cacheDir: '/var/cache/kdeploy/artifacts',
  kubernetesDir: '/etc/kubernetes',
  pkiDir: '/etc/kubernetes/pki',
  containerdConfig: '/etc/containerd/config.toml',
  containerdSocket: '/run/containerd/containerd.sock',
  kubeletDir: '/var/lib/kubelet',
  /** The kubelet's own keys and certificates: its client pair from TLS bootstrapping, rotated by itself. */
  kubeletPkiDir: '/var/lib/kubelet/pki',
  kubeletConfig: '/var/lib/kubelet/config.yaml',
  /** Written by the kubelet after bootstrapping; points at its rotated client certificate. */
  kubeletKubeconfig: '/etc/kubernetes/kubelet.kubeconfig',
  /** SECRET while it exists: holds the bootstrap token. Written only for a node that has not joined. */
  bootstrapKubeconfig: '/etc/kubernetes/bootstrap-kubelet.kubeconfig',
  kubeProxyDir: '/var/lib/kube-proxy',
  kubeProxyConfig: '/var/lib/kube-proxy/config.yaml',
  kubeProxyKubeconfig: '/etc/kubernetes/kube-proxy.kubeconfig',
  modulesFile: '/etc/modules-load.d/kdeploy.conf',
  sysctlFile: '/etc/sysctl.d/99-kdeploy-kubernetes.conf',
  unitDir: '/etc/systemd/system',
  dockerConfig: '/etc/docker/daemon.json',
  dockerSocket: '/run/docker.sock',
  dockerDataDir: '/var/lib/docker',
  /** cri-dockerd's CRI socket: the kubelet's runtime endpoint on a docker node. */
  criDockerdSocket: '/run/cri-dockerd.sock',
  criDockerdDir: '/var/lib/cri-dockerd',
} as const;

/** The kubernetes-ca certificate: the kubelet's client CA and the kubeconfigs' server CA. */
export const CA_CERT = posix.join(LAYOUT.pkiDir, 'ca.crt');
/** The kubelet's serving pair: the key is made on the node, its CSR signed by pki-service for the node's own names. */
export const KUBELET_SERVING = {
  cert: posix.join(LAYOUT.kubeletPkiDir, 'kubelet-serving.crt'),
  key: posix.join(LAYOUT.kubeletPkiDir, 'kubelet-serving.key'),
};
/** The kubelet's client certificate after TLS bootstrapping (it keeps key and certificate in one file). */
export const KUBELET_CLIENT_CURRENT = posix.join(LAYOUT.kubeletPkiDir, 'kubelet-client-current.pem');

/** The binaries of a node: runtime, CRI tools, kubelet and kube-proxy in binDir; the CNI plugins in cniBinDir. */
export const NODE_BINARIES = ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'crictl', 'kubelet', 'kube-proxy'] as const;
export const CNI_PLUGINS = ['bridge', 'loopback', 'host-local', 'portmap', 'bandwidth', 'tuning', 'firewall', 'host-device'] as const;
/** The bundle's names of the CNI plugins (cni-bridge), installed under their own names (bridge). */
export const cniArtifact = (plugin: string) => `cni-${plugin}`;
/** The image archives every node imports (air-gapped: nothing is pulled). */
export const IMAGES = ['image-pause', 'image-coredns', 'image-metrics-server', 'image-busybox'] as const;

/** Docker Engine and cri-dockerd, which a docker node has on top of containerd. */
export const DOCKER_BINARIES = ['dockerd', 'docker', 'docker-proxy', 'cri-dockerd'] as const;

/** Units of a node, in start order. */
export const UNITS = { containerd: 'containerd.service', kubelet: 'kubelet.service', kubeProxy: 'kube-proxy.service' } as const;
/** The units a docker node has besides UNITS, in start order. */
export const DOCKER_UNITS = { docker: 'docker.service', criDockerd: 'cri-docker.service' } as const;
export const binPath = (name: string) => posix.join(LAYOUT.binDir, name);
