import type { KubeObject } from '@kdeploy/kube-api';

/** The user of flanneld's API certificate (pki-service's flannel profile). */
export const FLANNEL_USER = 'kdeploy:flannel';

/**
 * What flanneld needs with the Kubernetes subnet manager, and no more: read the Nodes (their
 * podCIDRs and the other nodes' backend annotations) and patch Node status (its own
 * annotations and NetworkUnavailable). No pod access: NODE_NAME is set in its unit.
 */
export function flannelRbac(): (KubeObject & Record<string, unknown>)[] {
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'kdeploy:flannel', labels: { 'app.kubernetes.io/managed-by': 'kdeploy' } },
      rules: [
        { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'kdeploy:flannel', labels: { 'app.kubernetes.io/managed-by': 'kdeploy' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'kdeploy:flannel' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: FLANNEL_USER }],
    },
  ];
}
