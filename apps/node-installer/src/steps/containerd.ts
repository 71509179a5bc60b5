import { posix } from 'node:path';
import { withJournal } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { containerdConfig, mirrorFiles } from '../node/containerd-config';
import { LAYOUT, UNITS } from '../node/layout';
import { containerdUnit } from '../node/units';
import { factsOf, installHosts, NodeStep } from './context';
import { sandboxImage } from './images';

/** containerd's config, mirrors, unit, running; a changed config restarts it (containers keep running: KillMode=process). */
export const containerd: NodeStep = {
  id: 'node/containerd',
  title: 'Run containerd',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const f = factsOf(ctx, host);
    await ops.ensureDirectory({ path: posix.dirname(LAYOUT.containerdConfig), mode: 0o755 });
    const config = containerdConfig({ sandboxImage: sandboxImage(ctx), restrictOomScoreAdj: !f.canRaiseOomScore });
    await ops.ensureFile({ path: LAYOUT.containerdConfig, content: config, mode: 0o644, notify: [UNITS.containerd] });
    for (const m of mirrorFiles(ctx.settings)) {
      await ops.ensureDirectory({ path: posix.dirname(m.path), mode: 0o755 });
      await ops.ensureFile({ path: m.path, content: m.content, mode: 0o644, notify: [UNITS.containerd] });
    }
    const sha = ctx.artifacts.find((a) => a.name === 'containerd')?.sha256 ?? '';
    await ops.ensureUnit(UNITS.containerd, containerdUnit(sha));
    await ops.ensureServiceRunning(UNITS.containerd).catch((e: unknown) => withJournal(host, UNITS.containerd, e));
    if (ops.mode === 'apply')
      await host.exec(sh`for i in $(seq 100); do [ -S ${LAYOUT.containerdSocket} ] && exit 0; sleep 0.1; done; exit 1`, {
        signal: ctx.signal,
        timeoutMs: 15_000,
      });
  },
};
