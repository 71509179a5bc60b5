import { hostPort } from '@kdeploy/cluster-spec';
import { ApiAccess } from '@kdeploy/kube-api';
import { pkiOf, Session } from './session';

/**
 * API access as the cluster admin for one call: pki-service issues the identity, it stays in
 * memory and ends with the call. The apiservers' own addresses are used: a local proxy's
 * 127.0.0.1 is the nodes', not the installer's.
 */
export async function adminAccess(session: Session): Promise<ApiAccess> {
  const pki = pkiOf(session);
  const caPem = (await pki.cas()).kubernetes;
  const client = await pki.issue('CERTIFICATE_PROFILE_ADMIN');
  const servers = session.endpoint.backends.map((b) => `https://${hostPort(b.address, b.port)}`);
  return { servers, caPem, client, signal: session.signal };
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
