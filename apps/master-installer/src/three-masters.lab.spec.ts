import { waitUntil } from '@kdeploy/steps';
import { ApiAccess, kubeApi } from '@kdeploy/kube-api';
import { apiserverUrl } from './api/readyz';
import { kubeconfigAccess, onHost } from '@kdeploy/testing';
import { MASTER_LAB_HOSTS, MasterHarness, startMasterHarness } from './testing/master-harness';

jest.setTimeout(900_000);

const CLUSTER = 'master-ha';

/** An authenticated GET on a master through its local endpoint proxy (127.0.0.1:6443), with openssl on the host. */
const throughProxy = (path: string) =>
  `printf 'GET ${path} HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nConnection: close\\r\\n\\r\\n' | timeout 10 openssl s_client -quiet -connect 127.0.0.1:6443 -CAfile /etc/kubernetes/pki/ca.crt -verify_return_error -cert /root/admin.crt -key /root/admin.key 2>/dev/null | head -1`;

/** The holder of a leader-election lease in kube-system: the host name part of holderIdentity. */
async function leaseHolder(api: ApiAccess, name: string): Promise<string> {
  const r = await kubeApi(api, 'GET', `/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/${name}`);
  const holder = (r.body as { spec?: { holderIdentity?: string } } | null)?.spec?.holderIdentity ?? '';
  return holder.split('_')[0];
}

describe('master-installer on three lab masters behind the local endpoint proxy', () => {
  let h: MasterHarness;
  let c: ReturnType<MasterHarness['cluster']>;
  let admin: ApiAccess;

  beforeAll(async () => {
    h = await startMasterHarness();
    c = h.cluster(CLUSTER, MASTER_LAB_HOSTS, 'local-proxy');
    await c.prepare();
  });
  afterAll(async () => {
    for (const n of MASTER_LAB_HOSTS) await onHost(h.lab, n, 'rm -f /root/admin.crt /root/admin.key').catch(() => undefined);
    await c?.remove().catch(() => undefined);
    await c?.removeEtcd().catch(() => undefined);
    await h?.stop();
  });

  it('brings every apiserver to ready, and the endpoint with them', async () => {
    const { result } = await c.apply();
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    const status = await c.status();
    expect(status.hosts.map((x) => [x.host, x.healthy])).toEqual(MASTER_LAB_HOSTS.map((n) => [n, true]));
    expect(status.endpointReady).toBe(true);
    const { kubeconfig } = await h.client.unary('GetAdminKubeconfig', {
      clusterId: CLUSTER,
      endpoint: c.masterRequest().spec.endpoint,
      pki: c.masterRequest().pki,
      clusterName: CLUSTER,
    });
    expect(kubeconfig).toContain('server: https://127.0.0.1:6443');
    const masters = c.derived.hosts.map((x) => ({ name: x.name, address: x.address }));
    admin = kubeconfigAccess(
      kubeconfig,
      masters.map((m) => apiserverUrl(m, { securePort: 6443 } as never)),
    );
    for (const server of admin.servers) expect((await kubeApi({ ...admin, servers: [server] }, 'GET', '/readyz')).status).toBe(200);
    // every master trusts what any controller-manager signs: one signer in every CA bundle
    const bundles = await Promise.all(MASTER_LAB_HOSTS.map((n) => onHost(h.lab, n, 'sha256sum < /etc/kubernetes/pki/ca-bundle.crt')));
    expect(new Set(bundles).size).toBe(1);
  });

  it("keeps a client through the local proxy working when that master's apiserver stops", async () => {
    const cert = (admin.client?.certPem ?? '').replace(/'/g, '');
    const key = (admin.client?.keyPem ?? '').replace(/'/g, '');
    await onHost(h.lab, 'lab10', `umask 077 && printf '%s' '${cert}' > /root/admin.crt && printf '%s' '${key}' > /root/admin.key`);
    expect(await onHost(h.lab, 'lab10', throughProxy('/api/v1/namespaces/default'))).toMatch(/^HTTP\/1.1 200/);
    await onHost(h.lab, 'lab10', 'systemctl stop kube-apiserver');
    try {
      for (let i = 0; i < 10; i++)
        expect(await onHost(h.lab, 'lab10', throughProxy('/api/v1/namespaces/default'))).toMatch(/^HTTP\/1.1 200/);
    } finally {
      await onHost(h.lab, 'lab10', 'systemctl start kube-apiserver');
    }
  });

  it('moves the controller-manager and scheduler leases to another master when the leader stops', async () => {
    for (const lease of ['kube-controller-manager', 'kube-scheduler']) {
      const first = await waitUntil(
        async () => {
          const holder = await leaseHolder(admin, lease);
          return MASTER_LAB_HOSTS.includes(holder) ? { done: true, value: holder } : { done: false, why: `holder "${holder}"` };
        },
        { what: `a ${lease} leader`, host: 'lab10', timeoutMs: 60_000, intervalMs: 500 },
      );
      if (!first.ok) throw new Error(first.last);
      await onHost(h.lab, first.value, `systemctl stop ${lease}`);
      try {
        const next = await waitUntil(
          async () => {
            const holder = await leaseHolder(admin, lease);
            return holder && holder !== first.value ? { done: true, value: holder } : { done: false, why: `still ${holder}` };
          },
          { what: `a new ${lease} leader`, host: first.value, timeoutMs: 90_000, intervalMs: 500 },
        );
        expect(next.ok).toBe(true);
      } finally {
        await onHost(h.lab, first.value, `systemctl start ${lease}`);
      }
    }
  });

  it('re-applies all three as a no-op', async () => {
    const { result } = await c.apply();
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.changed).toBe(0);
  });

  it('restarts the apiservers one at a time for a changed setting, so two of three always answer', async () => {
    let polling = true;
    let fewest = 3;
    const poll = (async () => {
      while (polling) {
        const ready = await Promise.all(
          admin.servers.map((s) =>
            kubeApi({ ...admin, servers: [s], timeoutMs: 2_000 }, 'GET', '/readyz').then(
              (r) => r.status === 200,
              () => false,
            ),
          ),
        );
        fewest = Math.min(fewest, ready.filter(Boolean).length);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const { result, events } = await c.apply({ audit: { maxAgeDays: 20, path: '', maxBackups: 0, maxSizeMb: 0, policyYaml: '' } });
    polling = false;
    await poll;
    expect(result?.error?.message ?? '').toBe('');
    const restarted = events.filter((e) => e.planChange?.applied && e.planChange.change?.restart?.unit === 'kube-apiserver.service');
    expect(restarted.map((e) => e.planChange?.host).sort()).toEqual(MASTER_LAB_HOSTS);
    expect(fewest).toBeGreaterThanOrEqual(2);
    for (const n of MASTER_LAB_HOSTS)
      expect(await onHost(h.lab, n, 'systemctl show -p ExecStart kube-apiserver')).toContain('--audit-log-maxage=20');
  });
});
