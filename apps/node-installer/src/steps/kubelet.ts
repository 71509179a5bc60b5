import { withJournal } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { bootstrapKubeconfig } from '../node/kubeconfigs';
import { kubeletConfig } from '../node/kubelet-config';
import { LAYOUT, UNITS } from '../node/layout';
import { kubeletUnit } from '../node/units';
import { runtimeOf } from '../request/settings';
import { factsOf, installHosts, NodeStep, nodeOf } from './context';

/**
 * The kubelet's config and unit, and the kubelet running. A node that has not joined yet gets
 * the bootstrap kubeconfig (the Join's token, 0600) and asks for its client certificate with
 * it: its key is made by the kubelet itself and never leaves the host. Apply alone starts no
 * kubelet that has neither a client certificate nor a token.
 */
export const kubelet: NodeStep = {
  id: 'node/kubelet',
  title: 'Run the kubelet',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const n = nodeOf(ctx, host);
    const f = factsOf(ctx, host);
    const swapOn = f.swapOn && !ctx.settings.prep.disableSwap;
    const runtime = runtimeOf(ctx.settings, host.host);
    await ops.ensureFile({
      path: LAYOUT.kubeletConfig,
      content: kubeletConfig(ctx.version, ctx.settings, { cgroupV1: f.cgroupV1, swapOn, runtime }),
      mode: 0o600,
      notify: [UNITS.kubelet],
    });
    const sha = ctx.artifacts.find((a) => a.name === 'kubelet')?.sha256 ?? '';
    await ops.ensureUnit(UNITS.kubelet, kubeletUnit(ctx.version, n, ctx.settings.nodeLabels, sha, runtime));
    const joined =
      f.joined || (await host.exec(sh`test -s ${LAYOUT.kubeletKubeconfig}`, { allowFailure: true, signal: ctx.signal })).exitCode === 0;
    if (!joined) {
      if (!ctx.token) {
        ops.log('not joined yet: the kubelet starts with Join, which brings a bootstrap token');
        return;
      }
      const ca = ops.mode === 'plan' ? (await ctx.pki.casIfAny())?.kubernetes : (await ctx.pki.cas()).kubernetes;
      await ops.ensureFile({
        path: LAYOUT.bootstrapKubeconfig,
        content: bootstrapKubeconfig(ctx.endpoint.server, ca ?? '', ctx.token),
        mode: 0o600,
        secret: true,
      });
    }
    await ops.ensureServiceRunning(UNITS.kubelet).catch((e: unknown) => withJournal(host, UNITS.kubelet, e));
  },
};
