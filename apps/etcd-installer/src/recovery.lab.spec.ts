import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { healHost, labSsh, partitionHost } from '@kdeploy/testing';
import { clientCredentials, clientUrl, localEtcdctl } from './testing/etcd-client';
import { EtcdHarness, startEtcdHarness } from './testing/etcd-harness';

jest.setTimeout(300_000);

const THREE = ['lab1', 'lab2', 'lab3'];
const ALL = ['lab1', 'lab2', 'lab3', 'lab4', 'lab5'];

describe('failures and recovery', () => {
  let h: EtcdHarness;

  beforeAll(async () => {
    h = await startEtcdHarness();
    await h.remove(ALL);
  });
  afterAll(async () => {
    await healHost('lab3').catch(() => undefined);
    await h?.remove(ALL);
    await h?.stop();
  });

  it('fails an install with a partitioned member naming that host, changes no host, and completes once healed', async () => {
    await partitionHost('lab3');
    let failed;
    try {
      failed = await h.apply(THREE);
    } finally {
      await healHost('lab3');
    }
    expect(failed.result?.success).toBe(false);
    expect(failed.result?.failedHosts).toEqual(['lab3']);
    expect(failed.result?.error?.stepId).toBe('etcd/preflight');
    expect(failed.result?.error?.message).toMatch(/lab3/);
    expect(failed.events.filter((e) => e.planChange)).toEqual([]);
    const lab1 = h.lab.hosts[0];
    expect((await labSsh(h.lab, lab1, 'test -e /etc/systemd/system/etcd.service; echo $?')).stdout.trim()).toBe('1');

    const healed = await h.apply(THREE);
    expect(healed.result?.error?.message ?? '').toBe('');
    expect((await h.status(THREE)).healthy).toBe(true);
  });

  it('refuses a member whose peer port another process holds, naming host and port, before any change', async () => {
    const lab2 = h.lab.hosts[1];
    await labSsh(h.lab, lab2, 'systemctl stop etcd');
    // openssl is on every host: a TLS listener that is not etcd.
    await labSsh(h.lab, lab2, `systemd-run --unit=kd-squatter openssl s_server -accept ${lab2.address}:2380 -nocert -quiet`);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const r = await h.apply(THREE);
      expect(r.result?.success).toBe(false);
      expect(r.result?.failedHosts).toEqual(['lab2']);
      expect(r.result?.error?.stepId).toBe('etcd/preflight');
      expect(r.result?.error?.message).toMatch(/lab2: port 2380 is in use by another process/);
      expect(r.events.filter((e) => e.planChange)).toEqual([]);
    } finally {
      await labSsh(h.lab, lab2, 'systemctl stop kd-squatter; systemctl reset-failed kd-squatter 2>/dev/null; true');
    }
    expect((await h.apply(THREE)).result?.success).toBe(true);
  });

  it('restores a destroyed cluster from a streamed, verified snapshot with the keys back', async () => {
    const creds = await clientCredentials(h);
    const eps = [clientUrl(h.lab, 'lab1')];
    for (let i = 0; i < 20; i++) await localEtcdctl(h.lab, creds, eps, ['put', `/restore/k${i}`, `v${i}`]);
    const snap = await h.drain(h.client.stream('Snapshot', { target: h.target(THREE), spec: {}, pki: h.common(THREE).pki, stream: true }));
    const chunks = snap.messages.flatMap((m) => (m.chunk ? [m.chunk] : []));
    const info = snap.messages.find((m) => m.info)?.info;
    expect(snap.result?.success).toBe(true);
    const data = Buffer.concat(chunks.map((c) => c.data));
    expect(createHash('sha256').update(data).digest('hex')).toBe(info?.sha256);
    expect(Number(info?.revision)).toBeGreaterThanOrEqual(20);
    const dir = mkdtempSync(join(tmpdir(), 'kd-snap-'));
    h.tempDirs.push(dir);
    const file = join(dir, 'etcd.db');
    writeFileSync(file, data);

    expect((await h.remove(THREE, true, true)).result?.success).toBe(true);
    await expect(localEtcdctl(h.lab, creds, eps, ['get', '/restore/k0'])).rejects.toThrow();

    const wrong = await h.drain(h.client.stream('Restore', { ...h.common(THREE), localPath: file, sha256: '0'.repeat(64) }));
    expect(wrong.result?.success).toBe(false);
    expect(wrong.result?.error?.message).toMatch(/nothing was changed/);

    const restored = await h.drain(h.client.stream('Restore', { ...h.common(THREE), localPath: file, sha256: info!.sha256 }));
    expect(restored.result?.error?.message ?? '').toBe('');
    const fresh = await clientCredentials(h);
    const out = await localEtcdctl(
      h.lab,
      fresh,
      THREE.map((n) => clientUrl(h.lab, n)),
      ['get', '--prefix', '/restore/', '--keys-only'],
    );
    expect(out.trim().split('\n').filter(Boolean)).toHaveLength(20);
    expect((await h.status(THREE)).healthy).toBe(true);
  });
});
