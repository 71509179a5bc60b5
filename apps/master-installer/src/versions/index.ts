import { SpecError } from '@kdeploy/errors';
import { V1_37 } from './v1.37';

/** The control-plane components this installer runs, by binary (and unit) name. */
export const COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;
export type Component = (typeof COMPONENTS)[number];

/** The apiVersion a minor takes for one config-file kind; the kind is fixed by the type. */
export interface ConfigKind<K extends string> {
  apiVersion: string;
  kind: K;
}

/** What differs between Kubernetes minors for the control plane: the flags each unit may carry and the config files' apiVersions. */
export interface KubernetesVersion {
  minor: string;
  flags: Readonly<Record<Component, ReadonlySet<string>>>;
  configs: {
    scheduler: ConfigKind<'KubeSchedulerConfiguration'>;
    encryption: ConfigKind<'EncryptionConfiguration'>;
    auditPolicy: ConfigKind<'Policy'>;
    /**
     * Structured authentication: the only way to allow anonymous requests on the health
     * endpoints alone. A minor without it gets `--anonymous-auth=false` instead.
     */
    authentication?: ConfigKind<'AuthenticationConfiguration'>;
  };
}

/** Newest last. A minor joins with its table and its reference/kubernetes-vX.Y/*.flags. */
export const VERSIONS: readonly KubernetesVersion[] = [V1_37];

const RELEASE = /^v?(\d+)\.(\d+)(\.\d+)?(-[0-9A-Za-z.-]+)?$/;

/** The table for spec.kubernetes_version ("v1.37.2", "1.37"): picked by minor, refused when none matches. */
export function versionTable(kubernetesVersion: string): KubernetesVersion {
  const supported = VERSIONS.map((v) => v.minor).join(', ');
  const match = RELEASE.exec(kubernetesVersion);
  const minor = match ? `${Number(match[1])}.${Number(match[2])}` : '';
  const table = VERSIONS.find((v) => v.minor === minor);
  if (!table) {
    const what = match ? `Kubernetes ${kubernetesVersion} is not supported` : `"${kubernetesVersion}" is not a Kubernetes version`;
    throw new SpecError([{ path: 'spec.kubernetes_version', message: `${what}; this installer deploys ${supported}` }]);
  }
  return table;
}
