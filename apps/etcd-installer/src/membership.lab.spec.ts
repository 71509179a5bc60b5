import { clientCredentials, ClientCreds, clientUrl, localEtcdctl } from './testing/etcd-client';
import { EtcdHarness, hostsOf, startEtcdHarness } from './testing/etcd-harness';
import { readKey, startWriter } from './testing/kv-writer';

jest.setTimeout(300_000);

const THREE = ['lab1', 'lab2', 'lab3'];
const ALL = ['lab1', 'lab2', 'lab3', 'lab4', 'lab5'];

describe('AddMember and RemoveMember on a running cluster', () => {
  let h: EtcdHarness;
  let creds: ClientCreds;
  const addr = (n: string) => `${h.lab.hosts.find((x) => x.name === n)!.address}:2379`;

  beforeAll(async () => {
    h = await startEtcdHarness();
    await h.remove(ALL);
    expect((await h.apply(THREE)).result?.success).toBe(true);
    creds = await clientCredentials(h);
  });
  afterAll(async () => {
    await h?.remove(ALL);
    await h?.stop();
  });

  const add = (members: string[], name: string) =>
    h.drain(h.client.stream('AddMember', { ...h.common(members), member: hostsOf(h.lab, [name])[0] }));
  const removeMember = (members: string[], name: string) =>
    h.drain(
      h.client.stream('RemoveMember', {
        target: h.target(members),
        spec: {},
        pki: h.common(members).pki,
        memberName: name,
        deleteData: true,
      }),
    );

  it('grows 3 to 5 and back to 3, removing the leader after moving leadership, with no failed write and the old key readable throughout', async () => {
    const endpoints = THREE.map(addr);
    await localEtcdctl(h.lab, creds, [clientUrl(h.lab, 'lab1')], ['put', '/before', 'kept']);
    const writer = startWriter(endpoints, creds);
    const checks: (string | undefined)[] = [];
    try {
      const grown4 = await add(THREE, 'lab4');
      expect(grown4.result?.error?.message ?? '').toBe('');
      expect(grown4.messages.some((m) => m.member?.name === 'lab4' && !m.member.learner)).toBe(true);
      checks.push(await readKey(endpoints, creds, '/before'));
      expect((await add([...THREE, 'lab4'], 'lab5')).result?.success).toBe(true);
      checks.push(await readKey(endpoints, creds, '/before'));
      const five = await h.status(ALL);
      expect(five.healthy).toBe(true);
      expect(five.members).toHaveLength(5);

      // Make lab5 the leader, so that removing it must move leadership away first.
      const lab5 = five.members.find((m) => m.name === 'lab5')!;
      const leader = five.members.find((m) => m.leader)!;
      if (leader.name !== 'lab5') await localEtcdctl(h.lab, creds, [clientUrl(h.lab, leader.name)], ['move-leader', lab5.id]);
      expect((await h.status(ALL)).leaderName).toBe('lab5');

      const removed5 = await removeMember(ALL, 'lab5');
      expect(removed5.result?.error?.message ?? '').toBe('');
      expect(
        removed5.events.some((e) => e.stepFinished?.stepId === 'etcd/move-leader' && e.stepFinished.outcome === 'STEP_OUTCOME_CHANGED'),
      ).toBe(true);
      checks.push(await readKey(endpoints, creds, '/before'));
      expect((await removeMember([...THREE, 'lab4'], 'lab4')).result?.success).toBe(true);
      checks.push(await readKey(endpoints, creds, '/before'));
    } finally {
      await writer.stop();
    }
    expect(checks).toEqual(['kept', 'kept', 'kept', 'kept']);
    expect(writer.failures).toEqual([]);
    expect(writer.writes).toBeGreaterThan(20);
    const three = await h.status(THREE);
    expect(three.healthy).toBe(true);
    expect(three.members.map((m) => m.name).sort()).toEqual(THREE);
  });

  it('refuses to remove a member that is not among target.hosts', async () => {
    const r = await removeMember(['lab1'], 'lab2');
    expect(r.result?.success).toBe(false);
    expect(r.result?.error?.message).toMatch(/lab2 is not in target.hosts/);
  });
});
