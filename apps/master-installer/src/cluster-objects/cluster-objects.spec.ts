import { APISERVER_KUBELET_CLIENT_USER, BOOTSTRAP_GROUP, bootstrapRbac } from './bootstrap-rbac';
import { bootstrapTokenSecret, newBootstrapToken, parseBootstrapToken, tokenText } from './bootstrap-token';

describe('bootstrap RBAC', () => {
  const byName = Object.fromEntries(bootstrapRbac().map((b) => [b.metadata.name, b]));

  it("lets bootstrap tokens ask for node client certificates, and approves those and the nodes' own renewals", () => {
    expect(byName['kdeploy:kubelet-bootstrap']).toMatchObject({
      roleRef: { name: 'system:node-bootstrapper' },
      subjects: [{ kind: 'Group', name: BOOTSTRAP_GROUP }],
    });
    expect(byName['kdeploy:node-autoapprove-bootstrap'].roleRef.name).toBe(
      'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
    );
    expect(byName['kdeploy:node-autoapprove-certificate-rotation']).toMatchObject({
      roleRef: { name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient' },
      subjects: [{ kind: 'Group', name: 'system:nodes' }],
    });
  });

  it('lets the apiserver reach kubelets as its own client identity, and auto-approves no serving certificate', () => {
    expect(byName['kdeploy:apiserver-kubelet-api-admin']).toMatchObject({
      roleRef: { name: 'system:kubelet-api-admin' },
      subjects: [{ kind: 'User', name: APISERVER_KUBELET_CLIENT_USER }],
    });
    expect(bootstrapRbac().some((b) => /selfnodeserver|kubelet-serving/.test(b.roleRef.name))).toBe(false);
  });
});

describe('bootstrap tokens', () => {
  it("are drawn in the authenticator's format and differ each time", () => {
    const tokens = Array.from({ length: 50 }, newBootstrapToken);
    for (const t of tokens) expect(parseBootstrapToken(tokenText(t))).toEqual(t);
    expect(new Set(tokens.map(tokenText)).size).toBe(50);
    expect(parseBootstrapToken('ABCDEF.0123456789abcdef')).toBeUndefined();
    expect(parseBootstrapToken('abcdef.short')).toBeUndefined();
  });

  it('become a kube-system Secret that expires, authenticates into the kdeploy group and signs cluster-info', () => {
    const token = { id: 'abcdef', secret: '0123456789abcdef' };
    const secret = bootstrapTokenSecret(token, new Date('2026-12-03T10:00:00.123Z'), 'join lab4', ['system:bootstrappers:workers']);
    expect(secret.metadata).toMatchObject({ name: 'bootstrap-token-abcdef', namespace: 'kube-system' });
    expect(secret.type).toBe('bootstrap.kubernetes.io/token');
    expect(secret.stringData).toMatchObject({
      'token-id': 'abcdef',
      'token-secret': '0123456789abcdef',
      expiration: '2026-12-03T10:00:00Z',
      'usage-bootstrap-authentication': 'true',
      'auth-extra-groups': 'system:bootstrappers:kdeploy,system:bootstrappers:workers',
    });
    expect(() => bootstrapTokenSecret(token, new Date(), 'x', ['system:masters'])).toThrow(/must start with system:bootstrappers:/);
  });
});
