import { objectPath } from './server-side-apply';

describe('REST paths of the objects kdeploy applies', () => {
  it('puts core kinds under /api, grouped ones under /apis, namespaced ones under their namespace', () => {
    expect(objectPath({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bootstrap-token-abcdef', namespace: 'kube-system' } })).toBe(
      '/api/v1/namespaces/kube-system/secrets/bootstrap-token-abcdef',
    );
    expect(objectPath({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'kdeploy:x' } })).toBe(
      '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/kdeploy%3Ax',
    );
  });

  it('refuses a kind it has no path for rather than guessing one', () => {
    expect(() => objectPath({ apiVersion: 'v1', kind: 'Widget', metadata: { name: 'w' } })).toThrow(/no REST path known for kind Widget/);
  });
});
