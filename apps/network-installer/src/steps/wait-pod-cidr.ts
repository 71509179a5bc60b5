import { PreconditionError } from '@kdeploy/errors';
import { kubeApi } from '@kdeploy/kube-api';
import { waitUntil } from '@kdeploy/steps';
import { NetStep } from './context';

/** How long a Node may take to appear with its podCIDR (its kubelet registers it, kube-controller-manager allocates it). */
const POD_CIDR_TIMEOUT_MS = 180_000;

/**
 * With the Kubernetes subnet manager flanneld's lease is its Node's podCIDR, and flanneld exits
 * when there is none yet: wait until the kubelet has registered the Node and the
 * controller-manager has allocated it. A dry run reads it once.
 */
export const waitPodCidr: NetStep = {
  id: 'network/wait-pod-cidr',
  title: "Wait for the Node's pod subnet",
  prepare: (ctx, hosts) => (ctx.settings.subnetManager === 'kube' ? hosts : []),
  async run(ctx, host, ops) {
    const api = ctx.api;
    if (!api) throw new PreconditionError('the Kubernetes subnet manager needs the API (endpoint and pki)', host.host);
    const read = async () => {
      const r = await kubeApi(api, 'GET', `/api/v1/nodes/${encodeURIComponent(host.host)}`);
      return r.status === 200 ? ((r.body as { spec?: { podCIDR?: string } }).spec?.podCIDR ?? '') : '';
    };
    if (ops.mode === 'plan') {
      if (!(await read())) ops.log('the Node has no pod subnet yet: flanneld starts once its kubelet has registered it', 'warn');
      return;
    }
    const r = await waitUntil<string>(
      async () => {
        const cidr = await read();
        return cidr ? { done: true, value: cidr } : { done: false, why: 'no Node with a podCIDR yet' };
      },
      { what: "waiting for the Node's podCIDR", host: host.host, timeoutMs: POD_CIDR_TIMEOUT_MS, intervalMs: 500, signal: ctx.signal },
    );
    if (!r.ok)
      throw new PreconditionError(
        `the Node has no podCIDR after ${POD_CIDR_TIMEOUT_MS / 1000} s (${r.last}): join the node (node-installer Join) and check kube-controller-manager's --allocate-node-cidrs`,
        host.host,
      );
    ops.log(`pod subnet ${r.value}`);
  },
};
