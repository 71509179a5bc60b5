import { resolveArtifacts } from '@kdeploy/artifacts';
import { PreconditionError, SpecError } from '@kdeploy/errors';
import { ProgressStream } from '@kdeploy/installer';
import { ApiAccess, apiMessage, ApiResponse, kubeApi, serverSideApply } from '@kdeploy/kube-api';
import type { masterV1 } from '@kdeploy/proto';
import { EventSequencer, waitUntil } from '@kdeploy/steps';
import { addonCatalog } from '../addons/catalog';
import { readinessNow } from '../addons/readiness';
import {
  CHECK_CONTAINER,
  CHECKER,
  checkContainer,
  checkerPod,
  checkResult,
  namespace,
  serverName,
  serverPod,
  service,
  SERVICE,
  SMOKE_LABEL,
  smokeNamespace,
} from '../smoke/objects';
import { adminAccess } from './cluster-api';
import { Session } from './session';

/** A probe is one GET to the apiserver; a pod starts in about a second, so half a second of polling was a third of a wait. */
const POLL_MS = 200;
const STRATEGIC_MERGE = 'application/strategic-merge-patch+json';

interface ContainerState {
  waiting?: { reason?: string; message?: string };
  terminated?: { exitCode?: number; reason?: string };
}
interface Pod {
  status?: {
    phase?: string;
    podIP?: string;
    containerStatuses?: { state?: ContainerState }[];
    ephemeralContainerStatuses?: { name: string; state?: ContainerState }[];
  };
}
interface Node {
  metadata: { name: string };
  status?: { conditions?: { type: string; status: string; message?: string }[] };
}

/** Polls `probe` (through the project's waitUntil) until it says done or the deadline passes; the error names what was still missing. */
async function until(deadline: number, what: string, probe: () => Promise<string | undefined>, signal?: AbortSignal): Promise<void> {
  const waited = await waitUntil<void>(
    async () => {
      const missing = await probe();
      return missing === undefined ? { done: true, value: undefined } : { done: false, why: missing };
    },
    { what, timeoutMs: Math.max(0, deadline - Date.now()), intervalMs: POLL_MS, signal, retryOn: () => false },
  );
  if (!waited.ok) throw new PreconditionError(`${what}: ${waited.last}`);
}

/** Waits until the wanted add-ons pass their own readiness checks, the ones ApplyAddons waits on (their settings play no part in those). */
async function addonsServing(
  deadline: number,
  api: ApiAccess,
  wanted: { coredns?: boolean; metricsServer?: boolean },
  signal?: AbortSignal,
): Promise<void> {
  const checks = addonCatalog({ readyTimeoutMs: 0 }).flatMap((a) => (wanted[a.name] ? a.ready : []));
  await until(
    deadline,
    'add-ons not serving',
    async () => {
      const states = await readinessNow(api, checks);
      const not = checks.flatMap((c, i) => (states[i] ? [`${c.what}: ${states[i]}`] : []));
      return not.length ? not.join('; ') : undefined;
    },
    signal,
  );
}

const podPath = (ns: string, name: string) => `/api/v1/namespaces/${ns}/pods/${name}`;

async function podState(api: ApiAccess, ns: string, name: string): Promise<Pod> {
  const r = await kubeApi(api, 'GET', podPath(ns, name));
  return r.status === 200 ? (r.body as Pod) : {};
}

const waitingReason = (p: Pod) =>
  p.status?.containerStatuses
    ?.map((c) => c.state?.waiting && `${c.state.waiting.reason ?? ''} ${c.state.waiting.message ?? ''}`.trim())
    .find(Boolean) ??
  p.status?.phase ??
  'not created';

/**
 * Runs the check in the checker pod as an ephemeral container and waits for its result line
 * (checkResult) in its log; a check killed before that line ends with its container's exit code.
 */
async function runCheck(
  access: ApiAccess,
  ns: string,
  check: Record<string, unknown>,
  deadline: number,
  signal?: AbortSignal,
): Promise<{ code: number; log: ApiResponse }> {
  const patch = { spec: { ephemeralContainers: [check] } };
  const added = await kubeApi(access, 'PATCH', `${podPath(ns, CHECKER)}/ephemeralcontainers`, patch, STRATEGIC_MERGE);
  if (added.status !== 200) throw new PreconditionError(`the check could not start in ${CHECKER}: ${apiMessage(added)}`);
  const logPath = `${podPath(ns, CHECKER)}/log?container=${CHECK_CONTAINER}`;
  let log: ApiResponse = { status: 0, body: '' };
  let code: number | undefined;
  await until(
    deadline,
    'the check did not finish',
    async () => {
      log = await kubeApi(access, 'GET', logPath);
      code = log.status === 200 ? checkResult(String(log.body ?? '')) : undefined;
      if (code !== undefined) return undefined;
      const pod = await podState(access, ns, CHECKER);
      const state = pod.status?.ephemeralContainerStatuses?.find((c) => c.name === CHECK_CONTAINER)?.state;
      if (state?.terminated) {
        code = state.terminated.exitCode ?? 1;
        log = await kubeApi(access, 'GET', logPath);
        return undefined;
      }
      if (state?.waiting) return `${state.waiting.reason ?? ''} ${state.waiting.message ?? ''}`.trim();
      return log.status === 200 ? 'running' : apiMessage(log);
    },
    signal,
  );
  return { code: code ?? 1, log };
}

/**
 * Takes a check's namespace away without waiting for it: its pods first, at once (grace 0: they
 * only served the check), so a listing right after the check shows the cluster's own pods; the
 * namespace itself goes in the background (seconds, while its controller sweeps every API group).
 */
async function dropNamespace(api: ApiAccess, ns: string): Promise<void> {
  await kubeApi(api, 'DELETE', `/api/v1/namespaces/${ns}/pods`, { apiVersion: 'v1', kind: 'DeleteOptions', gracePeriodSeconds: 0 });
  await kubeApi(api, 'DELETE', `/api/v1/namespaces/${ns}`);
}

/** Namespaces earlier checks left (a check cut short): dropped the same way. */
async function dropLeftovers(api: ApiAccess): Promise<void> {
  const selector = Object.entries(SMOKE_LABEL)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const r = await kubeApi(api, 'GET', `/api/v1/namespaces?labelSelector=${encodeURIComponent(selector)}`);
  const items = (r.body as { items?: { metadata: { name: string }; status?: { phase?: string } }[] }).items ?? [];
  for (const n of items.filter((i) => i.status?.phase !== 'Terminating')) await dropNamespace(api, n.metadata.name);
}

/**
 * CheckCluster: the cluster checked from inside, each check a cluster-wide step: every node
 * Ready; a pod of the bundle's test image on every node; from a pod, every other pod by its IP,
 * a Service by its ClusterIP and, with DNS, names resolving; the metrics API answering for every
 * node. The namespace it works in is deleted whatever happens.
 */
export async function checkCluster(session: Session, req: masterV1.CheckClusterRequest__Output, progress: ProgressStream): Promise<void> {
  const events = new EventSequencer(progress.onStepEvent);
  let stepId = '';
  const step = async (id: string, title: string, fn: () => Promise<void>) => {
    stepId = id;
    const started = Date.now();
    events.emit({ type: 'step-started', stepId: id, step: title, host: '' });
    await fn();
    events.emit({ type: 'step-finished', stepId: id, step: title, host: '', durationMs: Date.now() - started, changed: 0 });
  };
  const say = (message: string) => events.emit({ type: 'log', level: 'info', message, stepId });
  const timeout = (req.timeoutSeconds || 180) * 1000;
  if (timeout > 1_800_000) throw new SpecError([{ path: 'timeout_seconds', message: 'at most 1800' }]);
  const deadline = Date.now() + timeout;
  const nodes = (req.target?.hosts ?? []).filter((h) => h.roles.includes('ROLE_NODE')).map((h) => h.name);
  let api: ApiAccess | undefined;
  let failure: unknown;
  const ns = smokeNamespace();
  try {
    if (!nodes.length) throw new SpecError([{ path: 'target.hosts', message: 'no host with ROLE_NODE: nothing to run the check on' }]);
    const [busybox] = await resolveArtifacts(req.artifacts, '', ['image-busybox']);
    const image = busybox.image ?? '';
    const access = await adminAccess(session);
    api = access;
    const { clusterDomain } = session.request.settings;

    await step('check/nodes-ready', 'Every node Ready', () =>
      until(
        deadline,
        'nodes not Ready',
        async () => {
          const r = await kubeApi(access, 'GET', '/api/v1/nodes');
          const items = (r.body as { items?: Node[] }).items ?? [];
          const ready = (n: string) =>
            items.find((i) => i.metadata.name === n)?.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
          const not = nodes.filter((n) => !ready(n));
          return not.length ? not.join(', ') : undefined;
        },
        session.signal,
      ),
    );

    /** The checks run inside the cluster: pods on every node, traffic between them, a Service, DNS. */
    const inside = async () => {
      const servers: Record<string, string> = {};
      let serviceIp = '';
      await step('check/pods', 'A pod on every node', async () => {
        await dropLeftovers(access);
        await serverSideApply(access, namespace(ns));
        for (const n of nodes) await serverSideApply(access, serverPod(ns, image, n));
        // its sandbox comes up beside the servers', so the check starts the moment they have IPs
        await serverSideApply(access, checkerPod(ns, image, nodes[0]));
        await serverSideApply(access, service(ns));
        await until(
          deadline,
          'pods not running',
          async () => {
            const states = await Promise.all(nodes.map(async (n) => [n, await podState(access, ns, serverName(n))] as const));
            const not = states.filter(([, p]) => p.status?.phase !== 'Running' || !p.status.podIP);
            for (const [n, p] of states) if (p.status?.podIP) servers[n] = p.status.podIP;
            return not.length ? not.map(([n, p]) => `${n} (${waitingReason(p)})`).join(', ') : undefined;
          },
          session.signal,
        );
        const svc = await kubeApi(access, 'GET', `/api/v1/namespaces/${ns}/services/${SERVICE}`);
        serviceIp = (svc.body as { spec?: { clusterIP?: string } }).spec?.clusterIP ?? '';
        say(
          `pods running: ${Object.entries(servers)
            .map(([n, ip]) => `${n} ${ip}`)
            .join(', ')}; Service ${serviceIp}`,
        );
      });

      await step('check/from-inside', 'Pod to pod across nodes, a Service, DNS', async () => {
        // the check may run beside ApplyAddons (the gateway's graph): names resolve once CoreDNS serves
        if (req.expectDns) await addonsServing(deadline, access, { coredns: true }, session.signal);
        const kubernetes = await kubeApi(access, 'GET', '/api/v1/namespaces/default/services/kubernetes');
        const kubernetesIp = (kubernetes.body as { spec?: { clusterIP?: string } }).spec?.clusterIP ?? '';
        const names = req.expectDns
          ? { [`kubernetes.default.svc.${clusterDomain}`]: kubernetesIp, [`${SERVICE}.${ns}.svc.${clusterDomain}`]: serviceIp }
          : {};
        const { code, log } = await runCheck(
          access,
          ns,
          checkContainer(image, nodes[0], { servers, serviceIp, names }),
          deadline,
          session.signal,
        );
        const lines = String(log.body ?? '')
          .split('\n')
          .filter(Boolean);
        for (const l of lines.filter((x) => x.startsWith('ok '))) say(l.slice(3));
        if (code !== 0) {
          const failed = lines.filter((l) => !l.startsWith('ok ') && !l.startsWith('end '));
          throw new PreconditionError(`the check from inside the cluster failed: ${failed.join('; ') || apiMessage(log)}`);
        }
      });
    };

    if (req.quick) {
      // a re-apply that changed nothing: the cluster passed the whole check when it last changed
      await step('check/addons', 'The add-ons serve', () =>
        addonsServing(deadline, access, { coredns: req.expectDns, metricsServer: req.expectMetrics }, session.signal),
      );
    } else await inside();

    // The API answering with figures is the check; a node joined seconds ago has none until metrics-server's
    // next scrapes (every 10 s, and CPU needs two), which is said, not waited for.
    if (req.expectMetrics)
      await step('check/metrics', 'The metrics API answers', async () => {
        let have: string[] = [];
        await until(
          deadline,
          'no metrics',
          async () => {
            const r = await kubeApi(access, 'GET', '/apis/metrics.k8s.io/v1beta1/nodes');
            have = ((r.body as { items?: { metadata: { name: string } }[] }).items ?? []).map((i) => i.metadata.name);
            return have.some((n) => nodes.includes(n)) ? undefined : r.status === 200 ? 'no figures yet' : apiMessage(r);
          },
          session.signal,
        );
        const later = nodes.filter((n) => !have.includes(n));
        say(
          `figures for ${have.filter((n) => nodes.includes(n)).join(', ')}${later.length ? `; ${later.join(', ')} not scraped yet` : ''}`,
        );
      });
  } catch (e) {
    failure = e;
  }
  // the pods gone before the result, so what a person lists next is the cluster's own; the namespace goes in the background
  if (api && !req.quick) await dropNamespace(api, ns).catch(() => undefined);
  await (failure === undefined ? progress.finish() : progress.finish(failure, stepId));
}
