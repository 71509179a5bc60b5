import { eventLine } from './format';

const at = '2026-12-02T07:00:00.000Z';
const ev = (type: string, data: Record<string, unknown>) => ({ seq: 1, type, data: { jobId: 'j1', time: at, ...data } });

describe('event lines of jobs stored before stages had their own name', () => {
  it('replays the old step-* events and steps/step fields as stages', () => {
    const started = Date.parse(at);
    expect(eventLine(ev('job-started', { kind: 'deploy', steps: ['pki', 'etcd'], resumed: false }), started)).toContain(
      'started deploy job: pki, etcd',
    );
    expect(eventLine(ev('step-finished', { step: 'etcd', title: 'Install the etcd cluster', durationMs: 2000 }), started)).toMatch(
      /etcd\s+done\s+Install the etcd cluster \(2\.0s\)/,
    );
    expect(
      eventLine(
        ev('host-step-finished', { step: 'etcd', host: 'lab1', outcome: 'changed', title: 'Start etcd', durationMs: 100 }),
        started,
      ),
    ).toMatch(/etcd\s+lab1\s+changed/);
  });

  it('reads the current names as they are', () => {
    expect(eventLine(ev('stage-started', { stage: 'pki', title: 'Create the cluster PKI' }), Date.parse(at))).toMatch(
      /pki\s+started\s+Create the cluster PKI/,
    );
  });
});
