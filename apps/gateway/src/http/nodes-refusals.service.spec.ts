import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, startGatewayHarness } from '../testing/gateway-harness';
import { offlineSpec } from '../testing/lab-spec';
import { startBlackHole } from '../testing/processes';
import { readSubmission } from './submission';

jest.setTimeout(60_000);

type Roles = ('master' | 'etcd' | 'node')[];

describe('day 2: POST /clusters/:id/nodes and DELETE /clusters/:id/nodes/:host', () => {
  let dir: string;
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  let gw: Awaited<ReturnType<typeof startGatewayHarness>>;
  const store = () => gw.gateway.ctx.store;

  /** A cluster stored as a real submission would be, its last job in the given state, without running anything. */
  async function cluster(name: string, roles: Roles[], state: 'done' | 'running') {
    const base = offlineSpec(join(dir, 'id'), join(dir, 'known_hosts'), name);
    const hosts = roles.map((r, i) => ({ name: `n${i + 1}`, address: `10.211.0.20${i + 1}`, roles: r }));
    const { inputs, redacted } = await readSubmission({ ...base, spec: { ...base.spec, hosts } });
    const job = await store().createJob({
      clusterId: name,
      cluster: { spec: redacted, knownHosts: inputs.knownHosts, secrets: inputs.secrets },
      job: { id: `job-${name}`, kind: 'deploy', stages: [] },
      maxRunningJobs: 10,
    });
    if (state === 'done') await store().finishJob(job.id, 'done');
  }
  const jobs = async (id: string) => (await store().jobsOf(id)).length;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-day2-'));
    writeFileSync(join(dir, 'id'), 'not a key', { mode: 0o600 });
    writeFileSync(join(dir, 'known_hosts'), '10.211.0.201 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPinnedKeyForTests\n');
    hole = await startBlackHole();
    const a = hole.address;
    gw = await startGatewayHarness({ services: { pki: a, etcd: a, master: a, node: a, network: a } });
    await cluster(
      'c-ready',
      [
        ['master', 'etcd', 'node'],
        ['etcd', 'node'],
        ['etcd', 'node'],
      ],
      'done',
    );
    await cluster('c-one', [['master', 'etcd'], ['node']], 'done');
    await cluster('c-busy', [['master', 'etcd'], ['node'], ['node']], 'running');
  });
  afterAll(async () => {
    await gw?.gateway.stop();
    await hole?.close();
  });

  it('names every problem of the hosts to add by its path, and starts no job', async () => {
    const r = await call(gw.url, 'POST', '/clusters/c-ready/nodes', {
      body: {
        hosts: [
          { name: 'n2', address: '10.211.0.222' },
          { name: 'n5', address: '10.211.0.203' },
          { name: 'n6', address: '10.211.0.206', roles: ['etcd', 'node'] },
          { name: 'n7', address: '10.211.0.999' },
        ],
        extra: 1,
      },
    });
    expect(r.status).toBe(400);
    expect(r.json['errors']).toEqual([{ path: 'extra', message: 'unknown field' }]);
    const hosts = await call(gw.url, 'POST', '/clusters/c-ready/nodes', {
      body: {
        hosts: [
          { name: 'n2', address: '10.211.0.222' },
          { name: 'n5', address: '10.211.0.203' },
          { name: 'n6', address: '10.211.0.206', roles: ['etcd', 'node'] },
        ],
      },
    });
    expect(hosts.status).toBe(400);
    expect(hosts.json['errors']).toEqual([
      { path: 'hosts[0].name', message: 'n2 is already a host of the cluster' },
      { path: 'hosts[1].address', message: '10.211.0.203 is already the address of a host of the cluster' },
      {
        path: 'hosts[2].roles',
        message: 'only hosts with the node role alone are added here; etcd members and masters come with POST /clusters',
      },
    ]);
    const invalid = await call(gw.url, 'POST', '/clusters/c-ready/nodes', { body: { hosts: [{ name: 'n7', address: '10.211.0.999' }] } });
    expect(invalid.status).toBe(400);
    expect(invalid.json['errors']).toEqual([{ path: 'hosts[0].address', message: 'not an IPv4 or IPv6 address' }]);
    for (const body of [{}, { hosts: [] }, { hosts: 'n7' }]) {
      const empty = await call(gw.url, 'POST', '/clusters/c-ready/nodes', { body });
      expect(empty.json['errors']).toEqual([
        { path: 'hosts', message: 'a list of 1 to 50 hosts to add, each { name, address } with the node role' },
      ]);
    }
    expect(await jobs('c-ready')).toBe(1);
    expect(hole.connections()).toBe(0);
  });

  it('refuses to remove what is not a removable node, naming why', async () => {
    const del = (c: string, h: string) => call(gw.url, 'DELETE', `/clusters/${c}/nodes/${h}`);
    const cases = [
      [await del('c-ready', 'n9'), 404, 'cluster c-ready has no host n9'],
      [await del('c-one', 'n1'), 400, 'n1 is not a node (its roles: master, etcd)'],
      [await del('c-ready', 'n1'), 400, "n1 is also a master; this removes nodes only, and a master's host stays in the control plane"],
      [await del('c-one', 'n2'), 409, 'n2 is the last node of cluster c-one; delete the cluster instead'],
      [await del('nowhere', 'n1'), 404, 'cluster nowhere not found'],
    ] as const;
    expect(cases.map(([r]) => [r.status, r.json['detail']])).toEqual(cases.map(([, status, detail]) => [status, detail]));
    expect(await jobs('c-ready')).toBe(1);
    expect(await jobs('c-one')).toBe(1);
    expect(hole.connections()).toBe(0);
  });

  it('answers 409 while the cluster has a job in work, for adding and for removing', async () => {
    const add = await call(gw.url, 'POST', '/clusters/c-busy/nodes', { body: { hosts: [{ name: 'n9', address: '10.211.0.209' }] } });
    expect([add.status, add.json['detail']]).toEqual([
      409,
      'cluster c-busy is deploying; nodes are added and removed once its last job is done',
    ]);
    const rm = await call(gw.url, 'DELETE', '/clusters/c-busy/nodes/n2');
    expect(rm.status).toBe(409);
    expect(await jobs('c-busy')).toBe(1);
  });

  it('takes an add as a job whose stages reach only the new hosts, with the hosts in the spec and their keys read again', async () => {
    appendFileSync(join(dir, 'known_hosts'), '10.211.0.204 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINewHostKeyForTests\n');
    const r = await call(gw.url, 'POST', '/clusters/c-ready/nodes', { body: { hosts: [{ name: 'n4', address: '10.211.0.204' }] } });
    expect(r.status).toBe(202);
    const view = await call(gw.url, 'GET', '/clusters/c-ready');
    expect(view.json['phase']).toBe('adding-nodes');
    const job = view.json['job'] as { kind: string; stages: { id: string; needs: string[]; scope?: string[] }[] };
    expect(job.kind).toBe('add-nodes');
    expect(job.stages.map((s) => [s.id, s.needs, s.scope])).toEqual([
      ['pki', [], undefined],
      ['node', ['pki'], ['n4']],
      ['join', ['node'], ['n4']],
      ['network', ['node'], ['n4']],
      ['smoke', ['join', 'network'], undefined],
    ]);
    const spec = view.json['spec'] as { spec: { hosts: { name: string; roles: string[] }[] } };
    expect(spec.spec.hosts.map((h) => `${h.name}:${h.roles.join('+')}`)).toEqual([
      'n1:master+etcd+node',
      'n2:etcd+node',
      'n3:etcd+node',
      'n4:node',
    ]);
    expect((await store().getCluster('c-ready'))?.knownHosts).toContain('10.211.0.204 ssh-ed25519');
    const again = await call(gw.url, 'POST', '/clusters/c-ready/nodes', { body: { hosts: [{ name: 'n5', address: '10.211.0.205' }] } });
    expect(again.status).toBe(409);
  });
});
