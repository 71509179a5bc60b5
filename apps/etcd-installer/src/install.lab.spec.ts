import { connect } from 'node:tls';
import { labSsh } from '@kdeploy/testing';
import { clientCredentials, ClientCreds, clientUrl, localEtcdctl } from './testing/etcd-client';
import { CLUSTER_ID, EtcdHarness, startEtcdHarness } from './testing/etcd-harness';
import { readKey, startWriter } from './testing/kv-writer';

jest.setTimeout(240_000);

const THREE = ['lab1', 'lab2', 'lab3'];
const ALL = ['lab1', 'lab2', 'lab3', 'lab4', 'lab5'];

/** Completes a TLS handshake and a round trip, or reports how the server refused. */
function tlsProbe(host: string, port: number, creds?: { cert: string; key: string }): Promise<'accepted' | string> {
  return new Promise((resolve) => {
    const s = connect({ host, port, rejectUnauthorized: false, ...(creds ?? {}) }, () => {
      // TLS 1.3 reports a refused client certificate only after the handshake: try to use the connection.
      s.write('GET /version HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    s.setTimeout(5_000, () => (s.destroy(), resolve('timeout')));
    s.once('data', () => (s.destroy(), resolve('accepted')));
    s.once('error', (e) => resolve(e.message));
    s.once('close', () => resolve('closed without answer'));
  });
}

describe('Apply on bare lab hosts', () => {
  let h: EtcdHarness;
  let creds: ClientCreds;
  const hostState = async (name: string) => {
    const host = h.lab.hosts.find((x) => x.name === name)!;
    const r = await labSsh(
      h.lab,
      host,
      'systemctl show -p MainPID --value etcd; sha256sum /etc/etcd/pki/*.crt /etc/systemd/system/etcd.service',
    );
    return r.stdout;
  };

  beforeAll(async () => {
    h = await startEtcdHarness();
    await h.remove(ALL);
    creds = await clientCredentials(h);
  });
  afterAll(async () => {
    await h?.remove(ALL);
    await h?.stop();
  });

  it('installs a 3-member cluster that answers etcdctl endpoint health over mTLS on every member', async () => {
    const { result, events } = await h.apply(THREE);
    expect(result?.error?.message ?? '').toBe('');
    expect(result?.success).toBe(true);
    expect(events.some((e) => e.stepFinished?.stepId === 'etcd/start' && e.stepFinished.outcome === 'STEP_OUTCOME_CHANGED')).toBe(true);
    const out = await localEtcdctl(
      h.lab,
      creds,
      THREE.map((n) => clientUrl(h.lab, n)),
      ['endpoint', 'health', '-w', 'json'],
    );
    const health = JSON.parse(out) as { endpoint: string; health: boolean }[];
    expect(health).toHaveLength(3);
    expect(health.every((e) => e.health)).toBe(true);
    const status = await h.status(THREE);
    expect(status.healthy).toBe(true);
    expect(status.members.map((m) => m.name).sort()).toEqual(THREE);
    expect(status.members.filter((m) => m.leader)).toHaveLength(1);
    expect(status.members.every((m) => m.version.startsWith('3.7.') && Number(m.raftIndex) > 0 && Number(m.dbSizeBytes) > 0)).toBe(true);
  });

  it("turns etcd's auth on: the root role for the apiserver and the installer, flannel's prefix only for flannel", async () => {
    const ctl = (...args: string[]) => localEtcdctl(h.lab, creds, [clientUrl(h.lab, THREE[0])], args);
    expect(await ctl('auth', 'status')).toContain('Authentication Status: true');
    expect((await ctl('user', 'list')).trim().split('\n').sort()).toEqual([
      'flannel',
      'kube-apiserver-etcd-client',
      'kube-etcd-healthcheck-client',
      'root',
    ]);
    expect(await ctl('user', 'get', 'kube-apiserver-etcd-client')).toContain('Roles: root');
    expect(await ctl('role', 'get', 'flannel')).toBe(
      'Role flannel\nKV Read:\n\t[/coreos.com/network/, /coreos.com/network0) (prefix /coreos.com/network/)\nKV Write:\n\t[/coreos.com/network/, /coreos.com/network0) (prefix /coreos.com/network/)\n',
    );
  });

  it('refuses TLS clients without a certificate or with a kubernetes-ca certificate on 2379 and 2380', async () => {
    const k8s = await h.pki.client.unary('IssueCertificate', { clusterId: 'etcd-lab', profile: 'CERTIFICATE_PROFILE_ADMIN' });
    const wrongCa = { cert: k8s.certificate!.certificatePem, key: k8s.keyPem };
    const etcdClient = { cert: creds.certPem, key: creds.keyPem };
    for (const port of [2379, 2380]) {
      expect(await tlsProbe('10.211.0.11', port)).not.toBe('accepted');
      expect(await tlsProbe('10.211.0.11', port, wrongCa)).not.toBe('accepted');
    }
    // The same probe with an etcd-ca client certificate gets an answer: the refusals above are about the certificate.
    expect(await tlsProbe('10.211.0.11', 2379, etcdClient)).toBe('accepted');
  });

  it('keeps the data directory 0700, keys 0600, no plain listener and no CA key on the hosts', async () => {
    for (const name of THREE) {
      const host = h.lab.hosts.find((x) => x.name === name)!;
      const r = await labSsh(
        h.lab,
        host,
        "stat -c '%n %a' /var/lib/etcd /etc/etcd/pki/*.key; ss -Hltn; ls /etc/etcd/pki; grep -c 'http://' /etc/systemd/system/etcd.service || true",
      );
      const lines = r.stdout.trim().split('\n');
      expect(lines).toContain('/var/lib/etcd 700');
      for (const k of ['server', 'peer', 'healthcheck-client']) expect(lines).toContain(`/etc/etcd/pki/${k}.key 600`);
      expect(r.stdout).not.toMatch(/ca\.key/);
      expect(lines[lines.length - 1]).toBe('0');
      const ports = lines.filter((l) => l.startsWith('LISTEN')).map((l) => l.split(/\s+/)[3]);
      expect(ports.filter((p) => /:(2379|2380|2381)$/.test(p)).sort()).toEqual(
        [`127.0.0.1:2379`, `${host.address}:2379`, `${host.address}:2380`].sort(),
      );
    }
  });

  it('re-applies as a no-op: same PIDs, member IDs and certificate hashes, no failed write meanwhile', async () => {
    const endpoints = THREE.map((n) => `${h.lab.hosts.find((x) => x.name === n)!.address}:2379`);
    const writer = startWriter(endpoints, creds);
    const before = await Promise.all(THREE.map(hostState));
    const ids = (await h.status(THREE)).members.map((m) => m.id).sort();
    const { result, events } = await h.apply(THREE);
    await writer.stop();
    expect(result?.success).toBe(true);
    expect(result?.changed).toBe(0);
    expect(events.filter((e) => e.planChange)).toEqual([]);
    expect(await Promise.all(THREE.map(hostState))).toEqual(before);
    expect((await h.status(THREE)).members.map((m) => m.id).sort()).toEqual(ids);
    expect(writer.failures).toEqual([]);
    expect(writer.writes).toBeGreaterThan(5);
    expect(await readKey(endpoints, creds, `/writer/${writer.writes - 1}`)).toBe(String(writer.writes - 1));
  });

  it('plans zero changes for an applied cluster', async () => {
    const r = await h.client.unary('Plan', h.common(THREE));
    expect(r.plan?.hosts.map((x) => x.host).sort()).toEqual(THREE);
    expect(r.plan?.hosts.flatMap((x) => x.changes)).toEqual([]);
  });

  it('records the owning cluster on each host and refuses a plan or apply of another cluster there, changing nothing', async () => {
    const owner = await Promise.all(
      THREE.map(async (n) =>
        (
          await labSsh(
            h.lab,
            h.lab.hosts.find((x) => x.name === n)!,
            'cat /etc/kdeploy/cluster',
          )
        ).stdout.trim(),
      ),
    );
    expect(owner).toEqual([CLUSTER_ID, CLUSTER_ID, CLUSTER_ID]);
    const before = await Promise.all(THREE.map(hostState));
    const other = { ...h.common(THREE), target: { ...h.common(THREE).target, clusterId: 'etcd-lab-b' } };
    // the second cluster has its own CAs: only the hosts' ownership stands in its way
    await h.pki.client.unary('InitCluster', { clusterId: 'etcd-lab-b', hosts: other.target.hosts, serviceCidr: '10.96.0.0/12' });
    const refusal = await h.client.unary('Plan', other).then(
      () => 'planned',
      (e: Error) => e.message,
    );
    for (const n of THREE)
      expect(refusal).toContain(
        `${n}: the host belongs to cluster ${CLUSTER_ID}; deploying cluster etcd-lab-b on it would break that cluster`,
      );
    const applied = await h.drain(h.client.stream('Apply', other));
    expect(applied.result?.success).toBe(false);
    expect(applied.result?.error?.stepId).toBe('etcd/preflight');
    expect(await Promise.all(THREE.map(hostState))).toEqual(before);
    // an explicit take-over plans the hosts for the other cluster (nothing is applied here)
    const takeOver = await h.client.unary('Plan', { ...other, target: { ...other.target, takeOverHosts: true } });
    expect(takeOver.plan?.hosts.flatMap((x) => x.changes).some((c) => c.file?.path === '/etc/kdeploy/cluster')).toBe(true);
  });
});
