import { checkGraph, GraphNode, removalGraph, runGraph } from './graph';
import type { Stage } from './stage';

const node = (id: string, needs: string[] = []): GraphNode => ({ id, title: id, needs });
const stage = (id: string, needs: string[], removable: boolean): Stage => ({
  id,
  title: id,
  needs,
  run: async () => undefined,
  ...(removable ? { remove: async () => undefined } : {}),
});
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the job graph', () => {
  it('runs independent stages at the same time and a stage only after everything it needs', async () => {
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const nodes = [node('pki'), node('binaries'), node('etcd', ['pki', 'binaries']), node('master', ['etcd']), node('node', ['pki'])];
    await runGraph(nodes, new Set(), async (n) => {
      log.push(`start ${n.id}`);
      maxRunning = Math.max(maxRunning, ++running);
      await tick();
      running--;
      log.push(`end ${n.id}`);
    });
    expect(log.slice(0, 2)).toEqual(['start pki', 'start binaries']);
    expect(log.indexOf('start etcd')).toBeGreaterThan(Math.max(log.indexOf('end pki'), log.indexOf('end binaries')));
    expect(log.indexOf('start node')).toBeLessThan(log.indexOf('end etcd')); // node needs only pki
    expect(log.indexOf('start master')).toBeGreaterThan(log.indexOf('end etcd'));
    expect(maxRunning).toBe(2);
  });

  it('skips stages already done (the checkpoint) and starts nothing new after a failure', async () => {
    const started: string[] = [];
    const nodes = [node('pki'), node('etcd', ['pki']), node('slow', ['pki']), node('master', ['etcd'])];
    await expect(
      runGraph(nodes, new Set(['pki']), async (n) => {
        started.push(n.id);
        if (n.id === 'etcd') throw new Error('etcd failed');
        await tick();
      }),
    ).rejects.toThrow('etcd failed');
    expect(started).toEqual(['etcd', 'slow']); // slow ran to its end; master never started
  });

  it('refuses a cycle and an unknown dependency', () => {
    expect(() => checkGraph([node('a', ['b']), node('b', ['a'])])).toThrow('stage graph has a cycle: a -> b -> a');
    expect(() => checkGraph([node('a', ['x'])])).toThrow('stage a needs unknown stage x');
  });

  it('removes in reverse: a stage comes off only after every removable stage that depended on it', () => {
    const stages = [
      stage('pki', [], false),
      stage('etcd', ['pki'], true),
      stage('master', ['pki', 'etcd'], true),
      stage('network', ['etcd'], false),
      stage('node', ['master', 'network'], true),
    ];
    expect(removalGraph(stages)).toEqual([
      { id: 'etcd', title: 'Remove etcd', needs: ['master', 'node'] },
      { id: 'master', title: 'Remove master', needs: ['node'] },
      { id: 'node', title: 'Remove node', needs: [] },
    ]);
  });

  it('adds what only a purge removes, after everything that depended on it', () => {
    const pki = { ...stage('pki', [], false), purgeTitle: 'Delete the cluster PKI', purge: async () => undefined };
    const stages = [pki, stage('etcd', ['pki'], true)];
    expect(removalGraph(stages)).toEqual([{ id: 'etcd', title: 'Remove etcd', needs: [] }]);
    expect(removalGraph(stages, true)).toEqual([
      { id: 'pki', title: 'Delete the cluster PKI', needs: ['etcd'] },
      { id: 'etcd', title: 'Remove etcd', needs: [] },
    ]);
  });
});
