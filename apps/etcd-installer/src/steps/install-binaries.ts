import { sh } from '@kdeploy/ssh';
import { binPath, cachePath } from '../etcd/layout';
import { EtcdStep, installHosts } from './context';

/**
 * Puts etcd and etcdctl on the host. Bytes travel only when the host's hash-named cache lacks
 * them (the upload checks the hash again after transfer); the installed copy is then taken
 * from the cache when its own hash differs. Checked locally before transfer by the artifact source.
 */
export const installBinaries: EtcdStep = {
  id: 'etcd/install-binaries',
  title: 'Install etcd binaries',
  prepare: installHosts,
  async run(ctx, host, ops) {
    for (const artifact of ctx.artifacts) {
      const target = binPath(artifact.name);
      const installed = sh`printf '%s  %s\n' ${artifact.sha256} ${target} | sha256sum -c --status -`;
      // The installed binary has the hash: the cache need not even be read (hashing is most of a no-op's cost).
      if ((await host.exec(installed, { allowFailure: true, signal: ctx.signal })).exitCode === 0) continue;
      const cached = cachePath(artifact.sha256);
      if ((await host.sha256(cached)) !== artifact.sha256) {
        await ops.ensureFile({ path: cached, content: await artifact.read(), mode: 0o755 });
      }
      const tmp = `${target}.kdeploy-new`;
      await ops.run(
        `install ${artifact.name} ${artifact.version}`,
        sh`cp -f -- ${cached} ${tmp} && chmod 0755 -- ${tmp} && mv -f -- ${tmp} ${target}`,
        {
          check: installed,
        },
      );
    }
  },
};
