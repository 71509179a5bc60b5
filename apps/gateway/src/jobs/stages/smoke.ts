import { forwardProgress } from '../forward-progress';
import { installerRequest, masterSpecOf } from '../requests';
import type { Stage, StageContext } from '../stage';
import { onApi } from './addons';

/**
 * The smoke check, from inside the cluster (master-installer's CheckCluster): every node Ready,
 * a pod on every node, pod-to-pod traffic across nodes, a Service answering, and with the
 * add-ons, DNS resolving and the metrics API answering. A job is `done` only when it passes.
 * A job that changed nothing (a no-op re-apply) gets the quick check: nodes Ready, add-ons serving.
 * It needs the nodes joined on the pod network, not the add-ons stage: it runs beside the wait
 * for the add-ons, and its own DNS and metrics checks wait until CoreDNS and metrics-server serve.
 */
export const smokeStage: Stage = {
  id: 'smoke',
  title: 'Check the cluster from inside',
  needs: ['join', 'network'],
  async run(ctx: StageContext) {
    const addons = ctx.inputs.spec.spec.addons;
    const request = {
      ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
      spec: masterSpecOf(ctx.inputs),
      expectDns: addons.includes('coredns'),
      expectMetrics: addons.includes('metrics-server'),
      timeoutSeconds: 240,
      // nothing changed in this job: the cluster passed the whole check when it last changed
      quick: !ctx.changedSoFar(),
    };
    if (request.quick) ctx.progress.log('info', 'nothing changed: the quick check (nodes Ready, add-ons serving)');
    await forwardProgress(
      'master CheckCluster',
      ctx.services.master.stream('CheckCluster', request, { signal: ctx.signal }),
      onApi(ctx.progress),
    );
  },
};
