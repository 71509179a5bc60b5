import { ApiAccess, kubeApi } from '@kdeploy/kube-api';

/** Something an add-on needs before it serves, and how to tell. */
export interface ReadyCheck {
  what: string;
  path: string;
  /** undefined when ready, else why not (for progress and the timeout's message). */
  notReady(body: unknown): string | undefined;
}

interface DeploymentBody {
  metadata?: { generation?: number };
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: Condition[];
  };
}
interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A Deployment is ready when its controller saw the last change and every replica is updated and available. */
export function deploymentNotReady(body: unknown): string | undefined {
  const d = body as DeploymentBody;
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  if ((s.observedGeneration ?? 0) < (d.metadata?.generation ?? 1)) return 'its controller has not seen the change yet';
  if ((s.updatedReplicas ?? 0) < want || (s.availableReplicas ?? 0) < want || (s.replicas ?? 0) > want) {
    const failing = (s.conditions ?? []).find((c) => c.status !== 'True' && c.message);
    return `${s.availableReplicas ?? 0}/${want} replicas available${failing ? ` (${failing.message})` : ''}`;
  }
  return undefined;
}

/** An APIService is ready when the aggregation layer reached the server behind it. */
export function apiServiceNotReady(body: unknown): string | undefined {
  const available = ((body as { status?: { conditions?: Condition[] } }).status?.conditions ?? []).find((c) => c.type === 'Available');
  if (available?.status === 'True') return undefined;
  return available
    ? `not available: ${available.reason ?? ''} ${available.message ?? ''}`.trim()
    : 'not checked by the aggregation layer yet';
}

export const deploymentReady = (namespace: string, name: string): ReadyCheck => ({
  what: `Deployment ${namespace}/${name}`,
  path: `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`,
  notReady: deploymentNotReady,
});

export const apiServiceReady = (name: string): ReadyCheck => ({
  what: `APIService ${name}`,
  path: `/apis/apiregistration.k8s.io/v1/apiservices/${name}`,
  notReady: apiServiceNotReady,
});

/** Each check's state now: undefined when ready. */
export async function readinessNow(api: ApiAccess, checks: readonly ReadyCheck[]): Promise<(string | undefined)[]> {
  return Promise.all(
    checks.map(async (c) => {
      const r = await kubeApi(api, 'GET', c.path);
      return r.status === 200 ? c.notReady(r.body) : `HTTP ${r.status}`;
    }),
  );
}
