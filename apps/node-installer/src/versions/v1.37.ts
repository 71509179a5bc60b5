import { NodeVersion } from '.';

/** Kubernetes 1.37: the flags kdeploy renders on the node units; everything else is in their config files. */
export const V1_37: NodeVersion = {
  minor: '1.37',
  flags: {
    kubelet: new Set(['config', 'kubeconfig', 'bootstrap-kubeconfig', 'cert-dir', 'hostname-override', 'node-ip', 'node-labels']),
    'kube-proxy': new Set(['config', 'hostname-override']),
  },
  configs: {
    kubelet: { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration' },
    kubeProxy: { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration' },
  },
};
