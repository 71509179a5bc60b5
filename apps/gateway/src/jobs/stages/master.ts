import { installerStage } from '../installer-stage';
import { installerRequest, masterSpecOf, targetOf } from '../requests';
import type { StageContext } from '../stage';

const request = (ctx: StageContext) => ({ ...installerRequest(ctx.inputs, ctx.services.addresses.pki), spec: masterSpecOf(ctx.inputs) });

/** Where cluster-wide steps done through the Kubernetes API show in a job's hosts. */
export const KUBERNETES_API = 'kubernetes-api';

const base = installerStage(
  { id: 'master', title: 'Install the control plane', removeTitle: 'Remove the control plane', needs: ['etcd'] },
  {
    plan: (ctx) => ctx.services.master.unary('Plan', request(ctx), { signal: ctx.signal }),
    apply: (ctx) => ctx.services.master.stream('Apply', request(ctx), { signal: ctx.signal }),
    remove: (ctx) =>
      ctx.services.master.stream('Remove', { target: targetOf(ctx.inputs), spec: masterSpecOf(ctx.inputs) }, { signal: ctx.signal }),
  },
);

/**
 * The control plane: master-installer's Apply on the masters (which needs etcd), then the RBAC
 * objects TLS bootstrapping needs, so that kubelets can join as soon as this stage is done.
 */
export const masterStage = {
  ...base,
  async run(ctx: StageContext) {
    await base.run(ctx);
    const title = 'Apply the bootstrap RBAC';
    ctx.progress.hostStepStarted(KUBERNETES_API, 'master/bootstrap-rbac', title);
    const started = Date.now();
    const r = await ctx.services.master.unary('ApplyBootstrapRbac', request(ctx), { signal: ctx.signal });
    ctx.progress.hostStepFinished(
      KUBERNETES_API,
      'master/bootstrap-rbac',
      title,
      r.changed ? 'changed' : 'unchanged',
      Date.now() - started,
    );
  },
};
