import { Change } from '@kdeploy/steps';
import { toProtoChange } from './contract';

describe('plan changes on the wire', () => {
  // Events carry changes without their content (withoutContent): the mapping must not need it.
  it('maps a unit change whose content was left out of the event, with its size', () => {
    const unit: Change = {
      kind: 'unit',
      stepId: 'etcd/start',
      step: 'Start',
      reason: 'missing',
      name: 'etcd.service',
      path: '/etc/systemd/system/etcd.service',
      mode: '0600',
      sha256: 'a'.repeat(64),
      size: 812,
    };
    expect(toProtoChange(unit)).toEqual({
      stepId: 'etcd/start',
      reason: 'missing',
      action: 'CHANGE_ACTION_CREATE',
      file: { path: '/etc/systemd/system/etcd.service', mode: 0o600, owner: 'root', group: 'root', sha256: 'a'.repeat(64), sizeBytes: 812 },
    });
  });

  it('maps a file change without content the same way', () => {
    const file: Change = {
      kind: 'file',
      stepId: 'etcd/config',
      step: 'Config',
      reason: 'content differs',
      path: '/etc/etcd/x',
      mode: '0644',
      owner: 'root:root',
      sha256: 'b'.repeat(64),
      size: 3,
      secret: false,
    };
    expect(toProtoChange(file).file).toMatchObject({ path: '/etc/etcd/x', mode: 0o644, sizeBytes: 3 });
    expect(toProtoChange(file).action).toBe('CHANGE_ACTION_UPDATE');
  });
});
