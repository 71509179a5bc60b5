import type { KubeObject } from '@kdeploy/kube-api';

/** The label every add-on object carries: removal deletes only what kdeploy made. */
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'kdeploy' } as const;

const RBAC = 'rbac.authorization.k8s.io';

/** An object of an add-on, with whatever fields its kind has besides the metadata. */
export type AddonObject = KubeObject & Record<string, unknown>;

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

export const meta = (name: string, namespace?: string, labels: Record<string, string> = {}) => ({
  name,
  ...(namespace ? { namespace } : {}),
  labels: { ...labels, ...MANAGED_BY },
});

export const serviceAccount = (name: string, namespace: string, labels?: Record<string, string>): AddonObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: meta(name, namespace, labels),
});

export const clusterRole = (name: string, rules: PolicyRule[], labels?: Record<string, string>): AddonObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'ClusterRole',
  metadata: meta(name, undefined, labels),
  rules,
});

const saSubject = (name: string, namespace: string) => [{ kind: 'ServiceAccount', name, namespace }];

/** Binds a ClusterRole to a service account, cluster-wide. */
export const clusterRoleBinding = (name: string, role: string, sa: { name: string; namespace: string }): AddonObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'ClusterRoleBinding',
  metadata: meta(name),
  roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
  subjects: saSubject(sa.name, sa.namespace),
});

/** Binds a Role of `namespace` to a service account. */
export const roleBinding = (name: string, namespace: string, role: string, sa: { name: string; namespace: string }): AddonObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'RoleBinding',
  metadata: meta(name, namespace),
  roleRef: { apiGroup: RBAC, kind: 'Role', name: role },
  subjects: saSubject(sa.name, sa.namespace),
});

/** What every add-on container gets: no privilege, no capability, a read-only root. */
export const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 65534,
  runAsGroup: 65534,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** The add-ons run beside the control plane's pods: critical, and allowed onto tainted control-plane nodes. */
export const SYSTEM_POD = {
  priorityClassName: 'system-cluster-critical',
  tolerations: [
    { key: 'CriticalAddonsOnly', operator: 'Exists' },
    { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
  ],
  nodeSelector: { 'kubernetes.io/os': 'linux' },
};
