import { posix } from 'node:path';
import { installBinariesStep, withJournal } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { dockerDaemonConfig } from '../node/docker-config';
import { DOCKER_BINARIES, DOCKER_UNITS, LAYOUT } from '../node/layout';
import { criDockerdUnit, dockerUnit } from '../node/units';
import { RUNC_OOM_FLOOR, runcOomFloorScript } from '../node/runc-oom-floor';
import { factsOf, installHostsRunning, NodeStep } from './context';
import { sandboxImage } from './images';

const dockerHosts = installHostsRunning('docker');

/** dockerd, docker, docker-proxy and cri-dockerd on the nodes that run docker, through the kit's binary step. */
export const installDockerBinaries = installBinariesStep({
  id: 'node/install-docker-binaries',
  title: 'Install Docker Engine and cri-dockerd',
  layout: { binDir: LAYOUT.binDir, cacheDir: LAYOUT.cacheDir },
  prepare: dockerHosts,
  select: (artifacts) => artifacts.filter((a) => (DOCKER_BINARIES as readonly string[]).includes(a.name)),
});

const shaOf = (artifacts: { name: string; sha256: string }[], name: string) => artifacts.find((a) => a.name === name)?.sha256 ?? '';

/**
 * Docker Engine and cri-dockerd running on a docker node: daemon.json from the spec (a changed
 * setting restarts Docker, and cri-dockerd with it, on this node only), runc-oom-floor where
 * the host may not lower OOM scores, Docker's unit on the node's containerd, then cri-dockerd
 * with the bundle's pause image. Returns once cri-dockerd's socket answers, so the kubelet
 * finds its runtime.
 */
export const docker: NodeStep = {
  id: 'node/docker',
  title: 'Run Docker Engine and cri-dockerd',
  prepare: dockerHosts,
  async run(ctx, host, ops) {
    const restrictOomScoreAdj = !factsOf(ctx, host).canRaiseOomScore;
    const config = dockerDaemonConfig(ctx.settings, { restrictOomScoreAdj });
    if (config.unusedMirrors.length)
      ops.log(
        `Docker applies registry mirrors to Docker Hub only: the mirrors of ${config.unusedMirrors.join(', ')} are not used here`,
        'warn',
      );
    if (restrictOomScoreAdj) {
      await ops.ensureDirectory({ path: posix.dirname(RUNC_OOM_FLOOR), mode: 0o755 });
      await ops.ensureFile({ path: RUNC_OOM_FLOOR, content: runcOomFloorScript(), mode: 0o755, notify: [DOCKER_UNITS.docker] });
    }
    await ops.ensureDirectory({ path: posix.dirname(LAYOUT.dockerConfig), mode: 0o755 });
    await ops.ensureFile({ path: LAYOUT.dockerConfig, content: config.json, mode: 0o644, notify: [DOCKER_UNITS.docker] });
    await ops.ensureUnit(DOCKER_UNITS.docker, dockerUnit(shaOf(ctx.artifacts, 'dockerd')));
    await ops.ensureServiceRunning(DOCKER_UNITS.docker).catch((e: unknown) => withJournal(host, DOCKER_UNITS.docker, e));
    await ops.ensureUnit(DOCKER_UNITS.criDockerd, criDockerdUnit(sandboxImage(ctx), shaOf(ctx.artifacts, 'cri-dockerd')));
    await ops.ensureServiceRunning(DOCKER_UNITS.criDockerd).catch((e: unknown) => withJournal(host, DOCKER_UNITS.criDockerd, e));
    if (ops.mode === 'apply')
      await host.exec(sh`for i in $(seq 100); do [ -S ${LAYOUT.criDockerdSocket} ] && exit 0; sleep 0.1; done; exit 1`, {
        signal: ctx.signal,
        timeoutMs: 15_000,
      });
  },
};
