import { posix } from 'node:path';
import { PreconditionError } from '@kdeploy/errors';
import { ensureCached, journalTail, withJournal } from '@kdeploy/installer';
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

/** The transient unit the images other than pause are imported in, while the kubelet starts. */
export const IMPORT_UNIT = 'kdeploy-image-import.service';

const ctrOf = () => sh`${binPath('ctr')} --address ${LAYOUT.containerdSocket} -n k8s.io`;
const listed = (tag: string) => `${ctrOf()} ${sh`images ls -q`} | grep -qxF ${sh`${tag}`}`;

/**
 * The bundle's image archives imported into containerd's k8s.io namespace (air-gapped: the
 * kubelet never pulls them), an image already present not again. Archives travel only when the
 * host's hash-named cache lacks them and are checked there by their stamp. Only the pause image
 * is imported here (and pinned): the kubelet needs nothing else to start. The others, the
 * largest part of a node's setup, are imported by a transient unit on the host while the kubelet
 * and kube-proxy start; `node/images-imported` waits for it at the end of the call.
 */
export const images: NodeStep = {
  id: 'node/images',
  title: 'Import container images',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const ctr = ctrOf();
    const list =
      ops.mode === 'apply' ? await host.exec(`${ctr} ${sh`images ls -q`}`, { allowFailure: true, signal: ctx.signal }) : undefined;
    const present = new Set(list?.exitCode === 0 ? list.stdout.split('\n').map((l) => l.trim()) : []);
    const wanted = ctx.artifacts.filter((x) => (IMAGES as readonly string[]).includes(x.name) && !present.has(x.image ?? ''));
    const cached = await Promise.all(
      wanted.map(async (a) => ({
        tag: a.image ?? '',
        file: await ensureCached(host, ops, LAYOUT.cacheDir, a, { mode: 0o644, signal: ctx.signal }),
      })),
    );
    const pause = sandboxImage(ctx);
    for (const c of cached.filter((x) => x.tag === pause))
      await ops.run(`import ${c.tag}`, `${ctr} ${sh`images import ${c.file}`}`, { check: listed(c.tag), timeoutMs: 120_000 });
    await ops.run(`pin ${pause}`, `${ctr} ${sh`images label ${pause} io.cri-containerd.pinned=pinned`}`, {
      check: `${ctr} ${sh`images ls name==${pause}`} | grep -q io.cri-containerd.pinned=pinned`,
    });
    const rest = cached.filter((x) => x.tag !== pause);
    if (!rest.length) return;
    // every import its own process, the unit failing when any does
    const script = [
      ...rest.map((c, i) => `${ctr} ${sh`images import ${c.file}`} & p${i}=$!; `),
      'rc=0; ',
      ...rest.map((_c, i) => `wait $p${i} || rc=1; `),
      'exit $rc',
    ].join('');
    await ops.run(
      `import ${rest.map((c) => c.tag).join(', ')} in ${IMPORT_UNIT} (awaited by node/images-imported)`,
      `systemctl stop ${IMPORT_UNIT} 2>/dev/null; systemctl reset-failed ${IMPORT_UNIT} 2>/dev/null; ${sh`systemd-run --quiet --unit=${IMPORT_UNIT} --property=Type=exec /bin/sh -c ${script}`}`,
    );
  },
};

const POLL_MS = 200;
const IMPORT_TIMEOUT_MS = 180_000;

/** Waits for the background import `node/images` started, then checks that every image of the bundle is there. */
export const imagesImported: NodeStep = {
  id: 'node/images-imported',
  title: 'Wait for the container images',
  prepare: installHosts,
  async run(ctx, host, ops) {
    if (ops.mode === 'plan') return;
    const tags = ctx.artifacts.filter((x) => (IMAGES as readonly string[]).includes(x.name)).map((x) => x.image ?? '');
    const wait = sh`for i in $(seq ${Math.ceil(IMPORT_TIMEOUT_MS / POLL_MS)}); do systemctl is-active --quiet ${IMPORT_UNIT} || break; sleep ${POLL_MS / 1000}; done`;
    const missing = tags.map((t) => `${listed(t)} || echo ${sh`${t}`}`).join('; ');
    // a failed transient unit stays loaded as failed; a successful one is gone
    const failed = sh`systemctl is-failed --quiet ${IMPORT_UNIT} && echo ${`${IMPORT_UNIT} failed`}`;
    const r = await host.exec(`${wait}; ${failed}; ${missing}; true`, { signal: ctx.signal, timeoutMs: IMPORT_TIMEOUT_MS + 10_000 });
    const absent = r.stdout.split('\n').filter(Boolean);
    if (absent.length)
      throw new PreconditionError(
        `the images did not import: ${absent.join(', ')}\n--- journalctl -u ${IMPORT_UNIT} (last lines) ---\n${await journalTail(host, IMPORT_UNIT)}`,
        host.host,
      );
  },
};
