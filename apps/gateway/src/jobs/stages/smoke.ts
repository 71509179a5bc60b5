import { forwardProgress } from '../forward-progress';
import { installerRequest, masterSpecOf } from '../requests';
import type { Stage, StageContext } from '../stage';
import { onApi } from './addons';

/**
 * The smoke check, from inside the cluster (master-installer's CheckCluster): every node Ready,
 * a pod on every node, pod-to-pod traffic across nodes, a Service answering, and with the
 * add-ons, DNS resolving and the metrics API answering. A job is `done` only when it passes.
 */
export const smokeStage: Stage = {
  id: 'smoke',
  title: 'Check the cluster from inside',
  needs: ['addons'],
  async run(ctx: StageContext) {
    const addons = ctx.inputs.spec.spec.addons;
    const request = {
      ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
      spec: masterSpecOf(ctx.inputs),
      expectDns: addons.includes('coredns'),
      expectMetrics: addons.includes('metrics-server'),
      timeoutSeconds: 240,
    };
    await forwardProgress(
      'master CheckCluster',
      ctx.services.master.stream('CheckCluster', request, { signal: ctx.signal }),
      onApi(ctx.progress),
    );
  },
};
