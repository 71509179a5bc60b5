import { PreconditionError, SpecError } from '@kdeploy/errors';
import { ProgressStream } from '@kdeploy/installer';
import { ApiAccess, apiMessage, kubeApi } from '@kdeploy/kube-api';
import { adminAccess } from './cluster-api';
import { Session } from './session';

interface Pod {
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    ownerReferences?: { kind: string; controller?: boolean }[];
    annotations?: Record<string, string>;
  };
  spec?: { volumes?: { emptyDir?: unknown }[] };
}

/** What a drain may do, from the request. */
export interface DrainOptions {
  node: string;
  gracePeriodSeconds: number;
  timeoutMs: number;
  deleteEmptyDirData: boolean;
  force: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const daemonSetPod = (p: Pod) => p.metadata.ownerReferences?.some((o) => o.kind === 'DaemonSet') ?? false;
const mirrorPod = (p: Pod) => Boolean(p.metadata.annotations?.['kubernetes.io/config.mirror']);

/** Why a pod may not be evicted under these options, or undefined (kubectl drain's rules). */
function refusal(p: Pod, o: DrainOptions): string | undefined {
  if (!o.force && !p.metadata.ownerReferences?.some((r) => r.controller)) return 'not managed by a controller (force deletes it)';
  if (!o.deleteEmptyDirData && p.spec?.volumes?.some((v) => v.emptyDir)) return 'uses emptyDir data (delete_emptydir_data loses it)';
  return undefined;
}

async function podsOn(api: ApiAccess, node: string): Promise<Pod[]> {
  const r = await kubeApi(api, 'GET', `/api/v1/pods?fieldSelector=${encodeURIComponent(`spec.nodeName=${node}`)}`);
  if (r.status !== 200) throw new PreconditionError(`listing the pods of ${node}: ${apiMessage(r)}`);
  return ((r.body as { items: Pod[] }).items ?? []).filter((p) => !daemonSetPod(p) && !mirrorPod(p));
}

/**
 * Cordons the node, then evicts its pods through the Eviction API, so PodDisruptionBudgets are
 * honoured: an eviction a budget refuses (429) is tried again until the timeout. DaemonSet and
 * static pods stay, as with kubectl drain. Ends when no evicted pod is left on the node.
 */
export async function drainNode(api: ApiAccess, o: DrainOptions, progress: ProgressStream, signal?: AbortSignal): Promise<void> {
  const node = encodeURIComponent(o.node);
  const cordon = await kubeApi(
    api,
    'PATCH',
    `/api/v1/nodes/${node}`,
    { spec: { unschedulable: true } },
    'application/strategic-merge-patch+json',
  );
  if (cordon.status === 404) throw new SpecError([{ path: 'node_name', message: `no Node ${o.node} in the cluster` }]);
  if (cordon.status !== 200) throw new PreconditionError(`cordoning ${o.node}: ${apiMessage(cordon)}`);
  progress.log(`${o.node} cordoned`, 'info', o.node);
  const pods = await podsOn(api, o.node);
  const refused = pods.map((p) => [p, refusal(p, o)] as const).filter(([, why]) => why);
  if (refused.length)
    throw new PreconditionError(
      `cannot drain ${o.node}: ${refused.map(([p, why]) => `${p.metadata.namespace}/${p.metadata.name} ${why}`).join('; ')}`,
      o.node,
    );
  const deadline = Date.now() + o.timeoutMs;
  const pending = new Map(pods.map((p) => [p.metadata.uid, p]));
  const evicted = new Set<string>();
  while (pending.size) {
    if (signal?.aborted) throw new PreconditionError('the drain was cancelled', o.node);
    for (const p of [...pending.values()]) {
      const path = `/api/v1/namespaces/${p.metadata.namespace}/pods/${p.metadata.name}`;
      if (!evicted.has(p.metadata.uid)) {
        const r = await kubeApi(api, 'POST', `${path}/eviction`, {
          apiVersion: 'policy/v1',
          kind: 'Eviction',
          metadata: { name: p.metadata.name, namespace: p.metadata.namespace },
          ...(o.gracePeriodSeconds >= 0 ? { deleteOptions: { gracePeriodSeconds: o.gracePeriodSeconds } } : {}),
        });
        if (r.status === 201 || r.status === 200) {
          evicted.add(p.metadata.uid);
          progress.log(`evicting ${p.metadata.namespace}/${p.metadata.name}`, 'info', o.node);
        } else if (r.status === 404) pending.delete(p.metadata.uid);
        else if (r.status !== 429)
          throw new PreconditionError(`evicting ${p.metadata.namespace}/${p.metadata.name}: ${apiMessage(r)}`, o.node);
        continue;
      }
      const g = await kubeApi(api, 'GET', path);
      if (g.status === 404 || (g.body as Pod | null)?.metadata?.uid !== p.metadata.uid) {
        pending.delete(p.metadata.uid);
        progress.log(`${p.metadata.namespace}/${p.metadata.name} is gone`, 'info', o.node);
      }
    }
    if (!pending.size) break;
    if (Date.now() > deadline) {
      const left = [...pending.values()].map(
        (p) =>
          `${p.metadata.namespace}/${p.metadata.name}${evicted.has(p.metadata.uid) ? ' (terminating)' : ' (a disruption budget refuses its eviction)'}`,
      );
      throw new PreconditionError(`the drain did not finish within ${o.timeoutMs / 1000} s: ${left.join(', ')}`, o.node);
    }
    await sleep(1000);
  }
  progress.log(`${o.node} drained`, 'info', o.node);
}

/** Drain: the RPC, for the node the request names. */
export async function drain(session: Session, o: DrainOptions, progress: ProgressStream): Promise<void> {
  try {
    await drainNode(await adminAccess(session), o, progress, session.signal);
    await progress.finish();
  } catch (e) {
    await progress.finish(e);
  }
}
