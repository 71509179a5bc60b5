import type { HostConnection } from '@kdeploy/ssh';
import { recordOwner, Step } from '@kdeploy/steps';
import type { KitContext } from './kit-context';

/**
 * Records on each host that this cluster owns it, right after preflight (which refuses a host
 * another cluster owns), so a second cluster's plan or apply is refused there from now on.
 */
export function recordOwnerStep<Ctx extends KitContext>(options: {
  id: string;
  prepare?: (ctx: Ctx, hosts: readonly HostConnection[]) => readonly HostConnection[];
}): Step<Ctx> {
  return {
    id: options.id,
    title: 'Record the owning cluster',
    ...(options.prepare ? { prepare: options.prepare } : {}),
    async run(ctx, _host, ops) {
      await recordOwner(ops, ctx.clusterId);
    },
  };
}
