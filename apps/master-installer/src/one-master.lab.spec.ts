import { hostPort } from '@kdeploy/cluster-spec';
import { waitUntil } from '@kdeploy/steps';
import { kubeApi } from '@kdeploy/kube-api';
import { kubeconfigAccess, onHost } from '@kdeploy/testing';
import { fingerprint } from './testing/cluster-client';
import { MasterHarness, startMasterHarness } from './testing/master-harness';

jest.setTimeout(600_000);

const CLUSTER = 'master-one';

describe('master-installer on one lab master, with the real binaries and etcd', () => {
  let h: MasterHarness;
  let c: ReturnType<MasterHarness['cluster']>;
  let admin: ReturnType<typeof kubeconfigAccess>;
  let firstApply = '';
  const server = () => `https://${hostPort(c.derived.hosts[0].address, 6443)}`;

  beforeAll(async () => {
    h = await startMasterHarness();
    c = h.cluster(CLUSTER, ['lab10'], 'single-master');
    await c.prepare();
  });
  afterAll(async () => {
    await c?.remove().catch(() => undefined);
    await c?.removeEtcd().catch(() => undefined);
    await h?.stop();
  });

  it('plans every step before the first apply and changes nothing', async () => {
    const before = await onHost(h.lab, 'lab10', 'ls /etc/kubernetes 2>/dev/null | wc -l');
    const { plan } = await c.plan();
    const steps = new Set(plan?.hosts.flatMap((x) => x.changes.map((ch) => ch.stepId)));
    expect([...steps]).toEqual(expect.arrayContaining(['master/install-binaries', 'master/certificates', 'master/units', 'master/start']));
    expect(await onHost(h.lab, 'lab10', 'ls /etc/kubernetes 2>/dev/null | wc -l')).toBe(before);
  });

  it('takes a bare host to a ready apiserver and hands out an admin kubeconfig', async () => {
    const { result, events } = await c.apply();
    firstApply = JSON.stringify(events);
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    expect(events.some((e) => e.stepFinished?.stepId === 'master/start')).toBe(true);
    const { kubeconfig } = await h.client.unary('GetAdminKubeconfig', {
      clusterId: CLUSTER,
      endpoint: c.masterRequest().spec.endpoint,
      pki: c.masterRequest().pki,
      clusterName: CLUSTER,
    });
    admin = kubeconfigAccess(kubeconfig, [server()]);
    const ready = await kubeApi(admin, 'GET', '/readyz');
    expect([ready.status, ready.body]).toEqual([200, 'ok']);
    const status = await c.status();
    expect(status.healthy).toBe(true);
    expect(status.endpointReady).toBe(true);
  });

  it('refuses anonymous requests outside the health endpoints, and a service account without RBAC rights', async () => {
    const anonymous = await kubeApi({ servers: [server()], caPem: admin.caPem }, 'GET', '/api');
    expect(anonymous.status).toBe(401);
    const sa = await kubeApi(admin, 'POST', '/api/v1/namespaces/default/serviceaccounts', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'nobody' },
    });
    expect([201, 409]).toContain(sa.status);
    const token = await kubeApi(admin, 'POST', '/api/v1/namespaces/default/serviceaccounts/nobody/token', {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { expirationSeconds: 600 },
    });
    expect(token.status).toBe(201);
    const bearer = (token.body as { status: { token: string } }).status.token;
    const denied = await kubeApi({ servers: [server()], caPem: admin.caPem, bearer }, 'GET', '/api/v1/namespaces/kube-system/secrets');
    expect(denied.status).toBe(403);
  });

  it('stores Secrets encrypted in etcd and records the request in the audit log', async () => {
    const created = await kubeApi(admin, 'POST', '/api/v1/namespaces/default/secrets', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'canary-secret' },
      stringData: { password: 'plaintext-canary-value' },
    });
    expect([201, 409]).toContain(created.status);
    const raw = await onHost(
      h.lab,
      'lab10',
      'ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/etcd/pki/ca.crt --cert=/etc/etcd/pki/healthcheck-client.crt --key=/etc/etcd/pki/healthcheck-client.key get /registry/secrets/default/canary-secret --print-value-only',
    );
    expect(raw.startsWith('k8s:enc:secretbox:v1:key-1:')).toBe(true);
    expect(raw).not.toContain('plaintext-canary-value');
    // the key is the cluster's own, made once by pki-service and kept sealed there, so it outlives the masters
    const { key } = await h.pki.client.unary('GetSecretsEncryptionKey', { clusterId: CLUSTER });
    const config = await onHost(
      h.lab,
      'lab10',
      'stat -c %a /etc/kubernetes/config/encryption-config.yaml && cat /etc/kubernetes/config/encryption-config.yaml',
    );
    expect(config.startsWith('600\n')).toBe(true);
    expect(config).toContain(`secret: ${key}`);
    // nor in the installer's log or the progress it streamed
    expect(h.logs.join('')).not.toContain(key);
    expect(firstApply).not.toContain(key);
    expect(firstApply).not.toContain('PRIVATE KEY');
    const audit = await onHost(h.lab, 'lab10', 'grep -c canary-secret /var/log/kubernetes/audit/audit.log');
    expect(Number(audit.trim())).toBeGreaterThan(0);
  });

  it('applies the bootstrap RBAC and issues short-lived bootstrap tokens that can ask for node certificates', async () => {
    const first = await h.client.unary('ApplyBootstrapRbac', c.masterRequest());
    expect(first.objects).toContain('ClusterRoleBinding/kdeploy:kubelet-bootstrap');
    const again = await h.client.unary('ApplyBootstrapRbac', c.masterRequest());
    expect(again.changed).toBe(0);
    const t = await h.client.unary('CreateBootstrapToken', { ...c.masterRequest(), ttlSeconds: 600, description: 'lab test' });
    expect(t.token.startsWith(`${t.tokenId}.`)).toBe(true);
    expect(Number(t.expiresAt?.seconds) * 1000 - Date.now()).toBeLessThanOrEqual(600_000);
    const asToken = { servers: [server()], caPem: admin.caPem, bearer: t.token };
    expect((await kubeApi(asToken, 'GET', '/apis/certificates.k8s.io/v1/certificatesigningrequests')).status).toBe(200);
    expect((await kubeApi(asToken, 'GET', '/api/v1/namespaces/kube-system/secrets')).status).toBe(403);
    expect((await h.client.unary('DeleteBootstrapToken', { ...c.masterRequest(), tokenId: t.tokenId })).deleted).toBe(true);
    expect((await h.client.unary('DeleteBootstrapToken', { ...c.masterRequest(), tokenId: t.tokenId })).deleted).toBe(false);
    // the apiserver reads tokens through its informer, so the deletion takes effect within moments
    const refused = await waitUntil(
      async () => {
        const r = await kubeApi(asToken, 'GET', '/apis/certificates.k8s.io/v1/certificatesigningrequests');
        return r.status === 401 ? { done: true, value: r.status } : { done: false, why: `HTTP ${r.status}` };
      },
      { what: 'the deleted token refused', host: 'lab10', timeoutMs: 15_000, intervalMs: 200 },
    );
    expect(refused).toEqual({ ok: true, value: 401 });
  });

  it('re-applies as a no-op: same PIDs, same certificate hashes, 0 changes', async () => {
    const before = await fingerprint(h.lab, 'lab10');
    const { result } = await c.apply();
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.changed).toBe(0);
    expect(await fingerprint(h.lab, 'lab10')).toBe(before);
  });

  it('removes every unit, file and listener of the control plane', async () => {
    const { result } = await c.remove();
    expect(result?.success).toBe(true);
    const left = await onHost(
      h.lab,
      'lab10',
      'ls /etc/systemd/system | grep -E "kube-|kdeploy-apiserver" ; ls /usr/local/bin | grep -E "^kube-"; ls /etc/kubernetes 2>&1; ss -Hltn "( sport = :6443 or sport = :10257 or sport = :10259 )"; true',
    );
    expect(left.trim()).toBe("ls: cannot access '/etc/kubernetes': No such file or directory");
  });
});
