import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, startGatewayHarness } from '../testing/gateway-harness';
import { offlineSpec } from '../testing/lab-spec';
import { AppProcess, startBlackHole, startPkiProcess, waitFor } from '../testing/processes';

jest.setTimeout(60_000);

const KEY_CANARY = '-----BEGIN OPENSSH PRIVATE KEY-----\nCANARY-KEY-5f1e0c\n-----END OPENSSH PRIVATE KEY-----\n';
const PASSWORD_CANARY = 'CANARY-PASSWORD-93bd';

describe('the API refuses what it should, before any job or gRPC call', () => {
  let dir: string;
  let pki: AppProcess & { address: string };
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  let gw: Awaited<ReturnType<typeof startGatewayHarness>>;
  let spec: ReturnType<typeof offlineSpec>;
  const rows = () => gw.gateway.ctx.store.countRows();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-refuse-'));
    writeFileSync(join(dir, 'id'), KEY_CANARY, { mode: 0o600 });
    writeFileSync(join(dir, 'known_hosts'), '10.211.0.201 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPinnedKeyForTests\n');
    spec = offlineSpec(join(dir, 'id'), join(dir, 'known_hosts'));
    pki = await startPkiProcess(join(dir, 'pki.db'));
    hole = await startBlackHole();
    gw = await startGatewayHarness({
      services: { pki: pki.address, etcd: hole.address, master: hole.address, node: hole.address, network: hole.address },
      maxRunningJobs: 2,
      bodyLimitBytes: 16_384,
    });
  });
  afterAll(async () => {
    await gw?.gateway.stop();
    await hole?.close();
    await pki?.stop();
  });

  const expectNothingStarted = async () => {
    expect(await rows()).toEqual({ clusters: 0, jobs: 0 });
    expect(hole.connections()).toBe(0);
  };

  it('answers 401 without a token and with a wrong one, and creates no job', async () => {
    const none = await call(gw.url, 'POST', '/clusters', { body: spec, token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(none.json['detail']).toMatch(/missing bearer token/);
    const wrong = await call(gw.url, 'POST', '/clusters', { body: spec, token: 'not-the-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.json['detail']).toBe('the bearer token is not valid');
    expect((await call(gw.url, 'GET', '/clusters', { token: 'x' })).status).toBe(401);
    await expectNothingStarted();
  });

  it('answers 400 naming every missing, invalid and unknown field', async () => {
    const { metadata: _m, ...noName } = spec;
    const bad = {
      ...noName,
      spec: { ...spec.spec, hostz: [], hosts: [{ ...spec.spec.hosts[0], address: '10.211.0.999' }, ...spec.spec.hosts.slice(1)] },
    };
    const r = await call(gw.url, 'POST', '/clusters', { body: bad });
    expect(r.status).toBe(400);
    expect(r.json['type']).toBe('https://kdeploy.io/problems/invalid-argument');
    expect(r.json['errors']).toEqual(
      expect.arrayContaining([
        { path: 'metadata', message: 'required' },
        { path: 'spec.hostz', message: 'unknown field' },
        { path: 'spec.hosts[0].address', message: 'not an IPv4 or IPv6 address' },
      ]),
    );
    expect(r.json['detail']).toContain('spec.hosts[0].address: not an IPv4 or IPv6 address');
    await expectNothingStarted();
  });

  it('answers 400 for an even number of etcd members, naming spec.hosts', async () => {
    const even = {
      ...spec,
      spec: { ...spec.spec, hosts: [...spec.spec.hosts, { name: 'n4', address: '10.211.0.204', roles: ['etcd', 'node'] }] },
    };
    const r = await call(gw.url, 'POST', '/clusters', { body: even });
    expect(r.status).toBe(400);
    expect(r.json['errors']).toEqual([
      expect.objectContaining({
        path: 'spec.hosts',
        message: expect.stringMatching(/^4 hosts have the etcd role; etcd needs an odd number/),
      }),
    ]);
    await expectNothingStarted();
  });

  it('answers 400 for a key file the gateway cannot read, for a body that is not JSON, and 404 for an unknown cluster', async () => {
    const r = await call(gw.url, 'POST', '/clusters', {
      body: { ...spec, spec: { ...spec.spec, ssh: { ...spec.spec.ssh, privateKeyFile: join(dir, 'missing') } } },
    });
    expect(r.status).toBe(400);
    expect(r.json['errors']).toEqual([
      {
        path: 'spec.ssh.privateKeyFile',
        message: `cannot read ${join(dir, 'missing')} on the gateway's machine (ENOENT); relative paths are read from the gateway's working directory`,
      },
    ]);
    const notJson = await call(gw.url, 'POST', '/clusters', { raw: '{"apiVersion": ' });
    expect([notJson.status, notJson.json['detail']]).toEqual([400, 'request body is not valid JSON']);
    const yaml = await call(gw.url, 'POST', '/clusters', {
      raw: 'apiVersion: kdeploy.io/v1',
      headers: { 'content-type': 'application/yaml' },
    });
    expect(yaml.status).toBe(400);
    expect(yaml.json['detail']).toMatch(/as JSON/);
    const missing = await call(gw.url, 'GET', '/clusters/nope');
    expect([missing.status, missing.json['detail']]).toEqual([404, 'cluster nope not found']);
    await expectNothingStarted();
  });

  it('answers 413 for a body over the limit', async () => {
    const r = await call(gw.url, 'POST', '/clusters', { body: { ...spec, padding: 'x'.repeat(20_000) } });
    expect(r.status).toBe(413);
    expect(r.json['detail']).toBe('request body is larger than the limit of 16384 bytes');
    await expectNothingStarted();
  });

  it('replays an Idempotency-Key with the same body, 422 with another; 409 on a busy cluster; 429 over the job limit', async () => {
    const secretSpec = { ...spec, spec: { ...spec.spec, ssh: { ...spec.spec.ssh, sudoPassword: PASSWORD_CANARY } } };
    const first = await call(gw.url, 'POST', '/clusters', { body: secretSpec, headers: { 'idempotency-key': 'k-1' } });
    expect(first.status).toBe(202);
    expect(first.headers.get('location')).toBe('/clusters/gw-offline');
    expect(first.json).toMatchObject({ clusterId: 'gw-offline', location: '/clusters/gw-offline' });
    // The job reaches the etcd stage, whose installer (a black hole) holds it there.
    await waitFor(() => hole.connections() > 0, 15_000);
    const again = await call(gw.url, 'POST', '/clusters', { body: secretSpec, headers: { 'idempotency-key': 'k-1' } });
    expect([again.status, again.json['jobId']]).toEqual([202, first.json['jobId']]);
    const other = await call(gw.url, 'POST', '/clusters', {
      body: { ...secretSpec, metadata: { name: 'other' } },
      headers: { 'idempotency-key': 'k-1' },
    });
    expect(other.status).toBe(422);
    expect(other.json['detail']).toMatch(/Idempotency-Key "k-1" was already used with another request body/);
    const busy = await call(gw.url, 'POST', '/clusters', { body: secretSpec });
    expect(busy.status).toBe(409);
    expect(busy.json['detail']).toMatch(/^cluster gw-offline already has a job in work/);
    expect(await rows()).toEqual({ clusters: 1, jobs: 1 });

    const second = await call(gw.url, 'POST', '/clusters', { body: { ...secretSpec, metadata: { name: 'second' } } });
    expect(second.status).toBe(202);
    const third = await call(gw.url, 'POST', '/clusters', { body: { ...secretSpec, metadata: { name: 'third' } } });
    expect(third.status).toBe(429);
    expect(third.json['detail']).toBe('2 jobs are running, the limit is 2; try again later');
    expect(await rows()).toEqual({ clusters: 2, jobs: 2 });

    // Secrets: never returned, never in the store in clear, never in logs.
    const view = await call(gw.url, 'GET', '/clusters/gw-offline');
    expect(view.json['spec'].spec.ssh.sudoPassword).toBe('[redacted]');
    // after pki, etcd and the nodes' preparation run side by side (both installers hold them); the rest waits
    expect(view.json['job'].stages.map((s: { id: string; state: string }) => [s.id, s.state])).toEqual([
      ['pki', 'done'],
      ['etcd', 'running'],
      ['master', 'pending'],
      ['node', 'running'],
      ['join', 'pending'],
      ['network', 'pending'],
      ['addons', 'pending'],
      ['smoke', 'pending'],
    ]);
    const stored = [gw.storePath, `${gw.storePath}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    const everything = [JSON.stringify(view.json), ...stored, gw.logs.join('')].join('\n');
    for (const canary of ['CANARY-KEY-5f1e0c', PASSWORD_CANARY]) expect(everything).not.toContain(canary);
  });
});
