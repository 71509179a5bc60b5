import { forwardProgress } from '../forward-progress';
import { addonsOf, installerRequest, masterSpecOf } from '../requests';
import type { Stage, StageContext, StageProgress } from '../stage';
import { KUBERNETES_API } from './master';

/** ApplyAddons' steps are cluster-wide (no host): they show under the Kubernetes API. */
export const onApi = (p: StageProgress): StageProgress => ({
  hostStepStarted: (host, step, title) => p.hostStepStarted(host || KUBERNETES_API, step, title),
  hostStepFinished: (host, step, title, outcome, ms, error) => p.hostStepFinished(host || KUBERNETES_API, step, title, outcome, ms, error),
  log: (level, message, host) => p.log(level, message, host || undefined),
});

/**
 * The add-ons (CoreDNS, metrics-server) through master-installer, once the nodes are Ready on
 * the pod network. Not sooner: a pod that reaches a kubelet before its first read of the
 * Services fails to start ("services have not yet been read at least once") and the kubelet
 * retries it only 10 s later. The stage ends when they serve (metrics-server's first two
 * scrapes, 15 s apart, are most of that), while the smoke check runs beside it.
 */
export const addonsStage: Stage = {
  id: 'addons',
  title: 'Apply the add-ons',
  needs: ['join', 'network'],
  async run(ctx: StageContext) {
    const request = {
      ...installerRequest(ctx.inputs, ctx.services.addresses.pki),
      spec: masterSpecOf(ctx.inputs),
      addons: addonsOf(ctx.inputs),
      readyTimeoutSeconds: 300,
    };
    await forwardProgress(
      'master ApplyAddons',
      ctx.services.master.stream('ApplyAddons', request, { signal: ctx.signal }),
      onApi(ctx.progress),
    );
  },
};
