import { withJournal } from '@kdeploy/installer';
import { UNIT } from '../flannel/layout';
import { flanneldUnit } from '../flannel/unit';
import { NetStep, netNodeOf } from './context';

/** flanneld's unit and flanneld running; systemd's start returns once it holds a lease and wrote subnet.env (Type=notify). */
export const flanneld: NetStep = {
  id: 'network/flanneld',
  title: 'Run flanneld',
  async run(ctx, host, ops) {
    const sha = ctx.artifacts.find((a) => a.name === 'flanneld')?.sha256 ?? '';
    await ops.ensureUnit(UNIT, flanneldUnit(ctx.settings, netNodeOf(ctx, host), sha));
    await ops.ensureServiceRunning(UNIT).catch((e: unknown) => withJournal(host, UNIT, e));
  },
};
