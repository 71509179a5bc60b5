import { SpecError } from '@kdeploy/errors';
import { V1_37 } from './v1.37';

/** The node components this installer runs with a version table, by binary (and unit) name. */
export const COMPONENTS = ['kubelet', 'kube-proxy'] as const;
export type Component = (typeof COMPONENTS)[number];

/** What differs between Kubernetes minors for a node: the flags each unit may carry and the config files' apiVersions. */
export interface NodeVersion {
  minor: string;
  flags: Readonly<Record<Component, ReadonlySet<string>>>;
  configs: {
    kubelet: { apiVersion: string; kind: 'KubeletConfiguration' };
    kubeProxy: { apiVersion: string; kind: 'KubeProxyConfiguration' };
  };
}

/** Newest last. A minor joins with its table and its reference/kubernetes-vX.Y/*.flags. */
export const VERSIONS: readonly NodeVersion[] = [V1_37];

const RELEASE = /^v?(\d+)\.(\d+)(\.\d+)?(-[0-9A-Za-z.-]+)?$/;

/** The table for spec.kubernetes_version: picked by minor, refused when none matches. */
export function versionTable(kubernetesVersion: string): NodeVersion {
  const match = RELEASE.exec(kubernetesVersion);
  const minor = match ? `${Number(match[1])}.${Number(match[2])}` : '';
  const table = VERSIONS.find((v) => v.minor === minor);
  if (!table) {
    const what = match ? `Kubernetes ${kubernetesVersion} is not supported` : `"${kubernetesVersion}" is not a Kubernetes version`;
    throw new SpecError([
      { path: 'spec.kubernetes_version', message: `${what}; this installer deploys ${VERSIONS.map((v) => v.minor).join(', ')}` },
    ]);
  }
  return table;
}
