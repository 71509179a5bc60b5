/**
 * The RBAC objects TLS bootstrapping and the apiserver-to-kubelet path need (Kubernetes'
 * "TLS bootstrapping" guide; kubeadm applies the same ones): bootstrap tokens may ask for a
 * node client certificate, which is approved automatically, as are the renewals nodes ask for
 * themselves; serving certificates are not auto-approved (their names are the node's claim).
 */

/** The group every kdeploy bootstrap token authenticates as, besides system:bootstrappers. */
export const BOOTSTRAP_GROUP = 'system:bootstrappers:kdeploy';

/** The user name the apiserver presents to kubelets (pki-service's apiserver-kubelet-client profile). */
export const APISERVER_KUBELET_CLIENT_USER = 'kube-apiserver-kubelet-client';

interface Subject {
  kind: 'Group' | 'User';
  name: string;
  apiGroup: 'rbac.authorization.k8s.io';
}

/** A ClusterRoleBinding as server-side apply takes it. */
export interface ClusterRoleBinding {
  apiVersion: 'rbac.authorization.k8s.io/v1';
  kind: 'ClusterRoleBinding';
  metadata: { name: string; labels: Record<string, string> };
  roleRef: { apiGroup: 'rbac.authorization.k8s.io'; kind: 'ClusterRole'; name: string };
  subjects: Subject[];
}

const binding = (name: string, clusterRole: string, subject: Omit<Subject, 'apiGroup'>): ClusterRoleBinding => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'ClusterRoleBinding',
  metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'kdeploy' } },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
  subjects: [{ ...subject, apiGroup: 'rbac.authorization.k8s.io' }],
});

/** Every bootstrap binding; the ClusterRoles they name are the apiserver's own default roles. */
export function bootstrapRbac(): ClusterRoleBinding[] {
  return [
    binding('kdeploy:kubelet-bootstrap', 'system:node-bootstrapper', { kind: 'Group', name: BOOTSTRAP_GROUP }),
    binding('kdeploy:node-autoapprove-bootstrap', 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', {
      kind: 'Group',
      name: BOOTSTRAP_GROUP,
    }),
    binding('kdeploy:node-autoapprove-certificate-rotation', 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', {
      kind: 'Group',
      name: 'system:nodes',
    }),
    binding('kdeploy:apiserver-kubelet-api-admin', 'system:kubelet-api-admin', { kind: 'User', name: APISERVER_KUBELET_CLIENT_USER }),
  ];
}
