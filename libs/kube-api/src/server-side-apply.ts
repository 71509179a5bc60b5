import { PreconditionError } from '@kdeploy/errors';
import { ApiAccess, apiMessage, kubeApi } from './kube-api';

/** An object as server-side apply takes it: kind, apiVersion, name and (for namespaced kinds) namespace. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
}

/** What applying one object did. */
export type ApplyOutcome = 'created' | 'changed' | 'unchanged';

const PLURAL: Record<string, string> = {
  APIService: 'apiservices',
  ClusterRole: 'clusterroles',
  ClusterRoleBinding: 'clusterrolebindings',
  ConfigMap: 'configmaps',
  Deployment: 'deployments',
  Namespace: 'namespaces',
  Pod: 'pods',
  RoleBinding: 'rolebindings',
  Secret: 'secrets',
  Service: 'services',
  ServiceAccount: 'serviceaccounts',
};

/** The REST path of an object kdeploy applies. */
export function objectPath(o: KubeObject): string {
  const plural = PLURAL[o.kind];
  if (!plural) throw new RangeError(`no REST path known for kind ${o.kind}`);
  const group = o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
  const ns = o.metadata.namespace ? `/namespaces/${encodeURIComponent(o.metadata.namespace)}` : '';
  return `${group}${ns}/${plural}/${encodeURIComponent(o.metadata.name)}`;
}

const resourceVersion = (body: unknown) => (body as { metadata?: { resourceVersion?: string } } | null)?.metadata?.resourceVersion;

/**
 * Server-side apply as field manager `kdeploy`, forcing ownership of the fields kdeploy sets:
 * the apiserver merges and stores only a real change, so the resourceVersion before and after
 * tells whether anything changed and a re-apply reports `unchanged`.
 */
export async function serverSideApply(api: ApiAccess, o: KubeObject): Promise<ApplyOutcome> {
  const path = objectPath(o);
  const before = await kubeApi(api, 'GET', path);
  if (before.status !== 200 && before.status !== 404)
    throw new PreconditionError(`reading ${o.kind}/${o.metadata.name}: ${apiMessage(before)}`);
  const r = await kubeApi(api, 'PATCH', `${path}?fieldManager=kdeploy&force=true`, o, 'application/apply-patch+yaml');
  if (r.status !== 200 && r.status !== 201) throw new PreconditionError(`applying ${o.kind}/${o.metadata.name}: ${apiMessage(r)}`);
  if (before.status === 404) return 'created';
  return resourceVersion(before.body) === resourceVersion(r.body) ? 'unchanged' : 'changed';
}
