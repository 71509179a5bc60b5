import { forwardProgress } from '../forward-progress';
import { installerStage } from '../installer-stage';
import { installerRequest, masterSpecOf, nodeSpecOf, targetOf, unscoped } from '../requests';
import type { Stage, StageContext } from '../stage';
import { KUBERNETES_API } from './master';

const request = (ctx: StageContext) => ({ ...installerRequest(ctx.inputs, ctx.services.addresses.pki), spec: nodeSpecOf(ctx.inputs) });

/**
 * The nodes up to their kubelet's start: host preparation, binaries, containerd with the
 * bundle's images, certificates, kube-proxy. It needs only the CAs, so it runs while etcd and
 * the control plane come up. Its removal takes the whole node off its host.
 */
export const nodeStage: Stage = installerStage(
  { id: 'node', title: 'Prepare the nodes', removeTitle: 'Remove the nodes', needs: ['pki'] },
  {
    plan: (ctx) => ctx.services.node.unary('Plan', request(ctx), { signal: ctx.signal }),
    // the join stage comes next and waits for the images itself, so this stage ends before they are in
    apply: (ctx) => ctx.services.node.stream('Apply', { ...request(ctx), joinWaitsForImages: true }, { signal: ctx.signal }),
    remove: (ctx) =>
      ctx.services.node.stream('Remove', { target: targetOf(ctx.inputs), spec: nodeSpecOf(ctx.inputs) }, { signal: ctx.signal }),
  },
);

const READY_TIMEOUT_S = 300;
const TOKEN_STEP = 'join/bootstrap-token';

/** Steps whose change does not outlive the job (a token made and deleted within the join): not a change to the cluster. */
export const TRANSIENT_STEPS: ReadonlySet<string> = new Set([TOKEN_STEP]);

/**
 * The kubelets join with a bootstrap token made for this stage (expiring in 15 minutes, deleted
 * as soon as the join ends) and the stage ends when every Node is Ready, which needs the pod
 * network: it runs beside the network stage. The node stage (which it needs) has just applied
 * the same spec to these hosts, so the join runs the kubelet's steps, not the whole Apply again.
 */
export const joinStage: Stage = {
  id: 'join',
  title: 'Join the nodes',
  needs: ['master', 'node'],
  async run(ctx) {
    const title = 'Create a bootstrap token';
    ctx.progress.hostStepStarted(KUBERNETES_API, TOKEN_STEP, title);
    const started = Date.now();
    const master = { ...installerRequest(unscoped(ctx.inputs), ctx.services.addresses.pki), spec: masterSpecOf(ctx.inputs) };
    const { token, tokenId } = await ctx.services.master.unary(
      'CreateBootstrapToken',
      { ...master, ttlSeconds: 900, description: `kdeploy join of cluster ${ctx.inputs.clusterId}` },
      { signal: ctx.signal },
    );
    ctx.progress.hostStepFinished(KUBERNETES_API, TOKEN_STEP, `${title} (${tokenId})`, 'changed', Date.now() - started);
    try {
      await forwardProgress(
        'node Join',
        ctx.services.node.stream(
          'Join',
          { ...request(ctx), token, readyTimeoutSeconds: READY_TIMEOUT_S, prepared: true },
          { signal: ctx.signal },
        ),
        ctx.progress,
      );
    } finally {
      // the kubelets hold their own certificates now: the token goes at once, not when it expires
      await ctx.services.master
        .unary('DeleteBootstrapToken', { ...master, tokenId })
        .catch((e: Error) => ctx.progress.log('warn', `bootstrap token ${tokenId} not deleted (it expires in 15 minutes): ${e.message}`));
    }
  },
};
