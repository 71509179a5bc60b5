import type { commonV1 } from '@kdeploy/proto';
import { forwardProgress } from '../forward-progress';
import { artifactSourceOf, etcdSpecOf, pkiSourceOf, targetOf } from '../requests';
import type { Stage, StagePlan } from '../stage';

const describe = (c: commonV1.Change__Output): string =>
  c.file?.path || c.unit?.unit || c.command?.description || c.restart?.unit || '';

/**
 * The etcd cluster: etcd-installer Apply. The installer signs member certificates itself
 * (CSRs made on the hosts, PkiSource = pki-service), so it needs the CAs: it runs after
 * `pki`. Its streamed events are forwarded one to one into the job's event stream.
 */
export const etcdStage: Stage = {
  id: 'etcd',
  title: 'Install the etcd cluster',
  needs: ['pki'],

  async run(ctx) {
    const request = { target: targetOf(ctx.inputs), spec: etcdSpecOf(ctx.inputs), artifacts: artifactSourceOf(ctx.inputs), pki: pkiSourceOf(ctx.services.addresses.pki) };
    await forwardProgress('etcd Apply', ctx.services.etcd.stream('Apply', request, { signal: ctx.signal }), ctx.progress);
  },

  async plan(ctx): Promise<StagePlan> {
    // Before the first deploy there is no etcd CA: the installer's Plan then lists every
    // certificate as to be signed, and the dry run creates no CA.
    const request = { target: targetOf(ctx.inputs), spec: etcdSpecOf(ctx.inputs), artifacts: artifactSourceOf(ctx.inputs), pki: pkiSourceOf(ctx.services.addresses.pki) };
    const { plan } = await ctx.services.etcd.unary('Plan', request, { signal: ctx.signal });
    return {
      stage: 'etcd',
      hosts: (plan?.hosts ?? []).map((h) => ({
        host: h.host,
        changes: h.changes.map((c) => ({ step: c.stepId, action: String(c.action).replace('CHANGE_ACTION_', ''), target: describe(c), reason: c.reason })),
      })),
    };
  },

  removeTitle: 'Remove the etcd cluster',
  async remove(ctx) {
    const request = { target: targetOf(ctx.inputs), spec: etcdSpecOf(ctx.inputs), deleteData: true };
    await forwardProgress('etcd Remove', ctx.services.etcd.stream('Remove', request, { signal: ctx.signal }), ctx.progress);
  },
};
