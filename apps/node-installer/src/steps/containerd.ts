import { posix } from 'node:path';
import { withJournal } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { containerdConfig, mirrorFiles } from '../node/containerd-config';
import { binPath, IMAGES, LAYOUT, UNITS } from '../node/layout';
import { containerdUnit } from '../node/units';
import { factsOf, installHosts, NodeCtx, NodeStep } from './context';

/** The pause image's tag: the sandbox every pod starts with. */
export const sandboxImage = (ctx: NodeCtx) => {
  return ctx.artifacts.find((x) => x.name === 'image-pause')?.image ?? '';
};

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

/**
 * The bundle's image archives imported into containerd's k8s.io namespace (air-gapped: the
 * kubelet never pulls them), the pause image pinned. Archives travel only when the host's
 * hash-named cache lacks them; an image already present is not imported again.
 */
export const images: NodeStep = {
  id: 'node/images',
  title: 'Import container images',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const ctr = sh`${binPath('ctr')} --address ${LAYOUT.containerdSocket} -n k8s.io`;
    for (const a of ctx.artifacts.filter((x) => (IMAGES as readonly string[]).includes(x.name))) {
      const tag = a.image ?? '';
      const present = `${ctr} ${sh`images ls -q`} | grep -qxF ${sh`${tag}`}`;
      if (ops.mode === 'apply' && (await host.exec(present, { allowFailure: true, signal: ctx.signal })).exitCode === 0) continue;
      const cached = posix.join(LAYOUT.cacheDir, a.sha256);
      if (ops.mode === 'apply' && (await host.sha256(cached)) !== a.sha256) {
        await ops.ensureFile({ path: cached, content: await a.read(), mode: 0o644 });
      }
      await ops.run(`import ${tag}`, `${ctr} ${sh`images import ${cached}`}`, { check: present, timeoutMs: 120_000 });
    }
    const pause = sandboxImage(ctx);
    await ops.run(`pin ${pause}`, `${ctr} ${sh`images label ${pause} io.cri-containerd.pinned=pinned`}`, {
      check: `${ctr} ${sh`images ls name==${pause}`} | grep -q io.cri-containerd.pinned=pinned`,
    });
  },
};
