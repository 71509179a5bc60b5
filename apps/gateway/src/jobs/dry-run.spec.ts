import { planStages } from './dry-run';
import type { Stage, StageContext } from './stage';

describe('the dry run', () => {
  it('plans each stage after the stages it needs, and lists the plans in display order', async () => {
    const order: string[] = [];
    let release!: () => void;
    const pkiPlanned = new Promise<void>((r) => (release = r));
    const stage = (id: string, needs: string[], wait?: Promise<void>): Stage => ({
      id,
      title: id,
      needs,
      run: async () => undefined,
      plan: async () => {
        order.push(`${id}:start`);
        await wait;
        order.push(`${id}:end`);
        return { stage: id, hosts: [] };
      },
    });
    const stages = [stage('etcd', ['pki']), stage('pki', [], pkiPlanned), stage('other', [])];
    const done = planStages(stages, {} as StageContext);
    await new Promise((r) => setImmediate(r));
    // pki and other (no needs) start at once; etcd waits for pki's plan.
    expect(order).toEqual(['pki:start', 'other:start', 'other:end']);
    release();
    const plans = await done;
    expect(order.indexOf('etcd:start')).toBeGreaterThan(order.indexOf('pki:end'));
    expect(plans.map((p) => p.stage)).toEqual(['etcd', 'pki', 'other']);
  });

  it('notes a stage whose plan fails, and still plans the others', async () => {
    const ok = (id: string): Stage => ({
      id,
      title: id,
      needs: [],
      run: async () => undefined,
      plan: async () => ({ stage: id, hosts: [] }),
    });
    const failing: Stage = {
      id: 'master',
      title: 'master',
      needs: ['etcd'],
      run: async () => undefined,
      plan: async () => {
        throw new Error('etcd does not answer yet');
      },
    };
    const plans = await planStages([ok('etcd'), failing, ok('node')], {} as StageContext);
    expect(plans).toEqual([
      { stage: 'etcd', hosts: [] },
      { stage: 'master', hosts: [], note: 'not planned in full: etcd does not answer yet' },
      { stage: 'node', hosts: [] },
    ]);
  });
});
