import { PreconditionError } from '@kdeploy/errors';
import { ensureCached, journalTail } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { ctr, imageStore } from '../node/image-store';
import { IMAGES, LAYOUT } from '../node/layout';
import { runtimeOf } from '../request/settings';
import { installHosts, NodeCtx, NodeStep } from './context';

/** The pause image's tag: the sandbox every pod starts with. */
export const sandboxImage = (ctx: NodeCtx) => {
  return ctx.artifacts.find((x) => x.name === 'image-pause')?.image ?? '';
};

/** The transient unit the images other than pause are imported in, while the kubelet starts. */
export const IMPORT_UNIT = 'kdeploy-image-import.service';

/**
 * The bundle's image archives loaded into the node's image store, containerd's k8s.io namespace
 * or Docker's (air-gapped: the kubelet never pulls them), an image already present not again.
 * Archives travel only when the host's hash-named cache lacks them and are checked there by
 * their stamp. Only the pause image is loaded here (and, in containerd, pinned): the kubelet
 * needs nothing else to start. The others, the largest part of a node's setup, are loaded by a
 * transient unit on the host while the kubelet and kube-proxy start; `node/images-imported`
 * waits for it at the end of the call.
 */
export const images: NodeStep = {
  id: 'node/images',
  title: 'Import container images',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const runtime = runtimeOf(ctx.settings, host.host);
    const store = imageStore(runtime);
    const list = ops.mode === 'apply' ? await host.exec(store.list, { allowFailure: true, signal: ctx.signal }) : undefined;
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
      await ops.run(`import ${c.tag}`, store.load(c.file), { check: store.has(c.tag), timeoutMs: 120_000 });
    if (runtime === 'containerd')
      await ops.run(`pin ${pause}`, `${ctr()} ${sh`images label ${pause} io.cri-containerd.pinned=pinned`}`, {
        check: `${ctr()} ${sh`images ls name==${pause}`} | grep -q io.cri-containerd.pinned=pinned`,
      });
    const rest = cached.filter((x) => x.tag !== pause);
    if (!rest.length) return;
    // every import its own process, the unit failing when any does
    const script = [
      ...rest.map((c, i) => `${store.load(c.file)} & p${i}=$!; `),
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
    const store = imageStore(runtimeOf(ctx.settings, host.host));
    const tags = ctx.artifacts.filter((x) => (IMAGES as readonly string[]).includes(x.name)).map((x) => x.image ?? '');
    const wait = sh`for i in $(seq ${Math.ceil(IMPORT_TIMEOUT_MS / POLL_MS)}); do systemctl is-active --quiet ${IMPORT_UNIT} || break; sleep ${POLL_MS / 1000}; done`;
    const missing = tags.map((t) => `${store.has(t)} || echo ${sh`${t}`}`).join('; ');
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
