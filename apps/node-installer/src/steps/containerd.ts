import { posix } from 'node:path';
import { ensureCached, withJournal } from '@kdeploy/installer';
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
 * kubelet never pulls them), in parallel (containerd takes concurrent imports), the pause image
 * pinned. Archives travel only when the host's hash-named cache lacks them and are checked
 * there by their stamp; an image already present is not imported again.
 */
export const images: NodeStep = {
  id: 'node/images',
  title: 'Import container images',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const ctr = sh`${binPath('ctr')} --address ${LAYOUT.containerdSocket} -n k8s.io`;
    const listed =
      ops.mode === 'apply' ? await host.exec(`${ctr} ${sh`images ls -q`}`, { allowFailure: true, signal: ctx.signal }) : undefined;
    const present = new Set(listed?.exitCode === 0 ? listed.stdout.split('\n').map((l) => l.trim()) : []);
    const wanted = ctx.artifacts.filter((x) => (IMAGES as readonly string[]).includes(x.name) && !present.has(x.image ?? ''));
    const imports = await Promise.allSettled(
      wanted.map(async (a) => {
        const cached = await ensureCached(host, ops, LAYOUT.cacheDir, a, { mode: 0o644, signal: ctx.signal });
        const tag = a.image ?? '';
        await ops.run(`import ${tag}`, `${ctr} ${sh`images import ${cached}`}`, {
          check: `${ctr} ${sh`images ls -q`} | grep -qxF ${sh`${tag}`}`,
          timeoutMs: 120_000,
        });
      }),
    );
    const failed = imports.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const pause = sandboxImage(ctx);
    await ops.run(`pin ${pause}`, `${ctr} ${sh`images label ${pause} io.cri-containerd.pinned=pinned`}`, {
      check: `${ctr} ${sh`images ls name==${pause}`} | grep -q io.cri-containerd.pinned=pinned`,
    });
  },
};
