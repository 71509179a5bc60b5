import { PreconditionError } from '@kdeploy/errors';
import { journalTail } from '@kdeploy/installer';
import { kubeApi, ApiAccess } from '@kdeploy/kube-api';
import { sh } from '@kdeploy/ssh';
import { waitUntil } from '@kdeploy/steps';
import { LAYOUT, UNITS } from '../node/layout';
import { NodeObject, readiness } from '../procedures/cluster-api';
import { installHosts, NodeCtx, NodeStep, nodeOf } from './context';

/** What a Join waits with: the API as admin, and how long. */
export interface JoinWait {
  api: ApiAccess;
  timeoutMs: number;
}

/**
 * Waits until the node is registered and Ready (its client certificate issued through the
 * approved CSR), then deletes the bootstrap kubeconfig: the token has done its work and leaves
 * the host. A timeout names the node's condition and the kubelet's last journal lines.
 */
export function waitReady(wait: (ctx: NodeCtx) => JoinWait): NodeStep {
  return {
    id: 'node/wait-ready',
    title: 'Wait for the Node to be Ready',
    prepare: installHosts,
    async run(ctx, host, ops) {
      if (ops.mode === 'plan') return;
      const n = nodeOf(ctx, host);
      const { api, timeoutMs } = wait(ctx);
      const waited = await waitUntil<true>(
        async () => {
          const r = await kubeApi(api, 'GET', `/api/v1/nodes/${n.name}`);
          const state = readiness(r.status === 200 ? (r.body as NodeObject) : undefined);
          return state === true ? { done: true, value: true } : { done: false, why: state };
        },
        { what: 'waiting for the Node to be Ready', host: n.name, timeoutMs, intervalMs: 200, signal: ctx.signal },
      );
      if (!waited.ok) {
        const tail = await journalTail(host, UNITS.kubelet, 12);
        throw new PreconditionError(
          `the Node is not Ready after ${timeoutMs / 1000} s: ${waited.last}\n--- kubelet journal ---\n${tail}`,
          n.name,
        );
      }
      await ops.run('delete the bootstrap kubeconfig (the node has joined)', sh`rm -f -- ${LAYOUT.bootstrapKubeconfig}`, {
        check: sh`! test -e ${LAYOUT.bootstrapKubeconfig}`,
      });
      ops.log(`${n.name} is Ready`);
    },
  };
}
