import { adminApiAccess } from '@kdeploy/installer';
import { ApiAccess } from '@kdeploy/kube-api';
import { pkiOf, Session } from './session';

/** API access as the cluster admin for one call (the kit's adminApiAccess over the session's pki-service and endpoint). */
export async function adminAccess(session: Session): Promise<ApiAccess> {
  return adminApiAccess(pkiOf(session), session.endpoint, session.signal);
}

/** A Node as the API returns it, the parts kdeploy reads. */
export interface NodeObject {
  metadata: { name: string; uid?: string };
  spec?: { unschedulable?: boolean; podCIDR?: string };
  status?: {
    conditions?: { type: string; status: string; message?: string }[];
    nodeInfo?: { kubeletVersion?: string; containerRuntimeVersion?: string };
  };
}

/** The Ready condition's state: true, or why not. */
export function readiness(n: NodeObject | undefined): true | string {
  if (!n) return 'not registered';
  const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return true;
  return `Ready=${ready?.status ?? 'unknown'}${ready?.message ? `: ${ready.message}` : ''}`;
}
