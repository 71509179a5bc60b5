import { Change } from '@kdeploy/steps';
import { toProtoChange } from './progress';

const id = (title: string) => `etcd/${title}`;

describe('plan changes on the wire', () => {
  // Events carry changes without their content (withoutContent): the mapping must not need it.
  it('maps a unit change whose content was left out of the event, with its size', () => {
    const unit: Change = { kind: 'unit', step: 'start', reason: 'missing', name: 'etcd.service', path: '/etc/systemd/system/etcd.service', mode: '0600', sha256: 'a'.repeat(64), size: 812 };
    expect(toProtoChange(unit, id)).toEqual({
      stepId: 'etcd/start',
      reason: 'missing',
      action: 'CHANGE_ACTION_CREATE',
      file: { path: '/etc/systemd/system/etcd.service', mode: 0o600, owner: 'root', group: 'root', sha256: 'a'.repeat(64), sizeBytes: 812 },
    });
  });

  it('maps a file change without content the same way', () => {
    const file: Change = { kind: 'file', step: 'config', reason: 'content differs', path: '/etc/etcd/x', mode: '0644', owner: 'root:root', sha256: 'b'.repeat(64), size: 3, secret: false };
    expect(toProtoChange(file, id).file).toMatchObject({ path: '/etc/etcd/x', mode: 0o644, sizeBytes: 3 });
    expect(toProtoChange(file, id).action).toBe('CHANGE_ACTION_UPDATE');
  });
});
