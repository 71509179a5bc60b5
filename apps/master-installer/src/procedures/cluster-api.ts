import { hostPort } from '@kdeploy/cluster-spec';
import { ClusterPki } from '@kdeploy/installer';
import { PreconditionError, SpecError } from '@kdeploy/errors';
import { masterV1 } from '@kdeploy/proto';
import { buildKubeconfig, toKubeYaml } from '@kdeploy/templates';
import { ApiAccess, apiMessage, kubeApi } from '@kdeploy/kube-api';
import { apiserverUrl } from '../api/readyz';
import { serverSideApply } from '@kdeploy/kube-api';
import { bootstrapRbac } from '../cluster-objects/bootstrap-rbac';
import { bootstrapTokenSecret, newBootstrapToken, tokenText } from '../cluster-objects/bootstrap-token';
import { Session } from './session';

/** The user name of the admin identity (pki-service's admin profile). */
export const ADMIN_USER = 'kubernetes-admin';

/**
 * API access as the cluster admin for one call: pki-service issues the identity, it stays in
 * memory and ends with the call. The masters' own addresses are used, not the endpoint: a
 * local proxy's 127.0.0.1 is the hosts', not the installer's.
 */
export async function adminAccess(session: Session): Promise<ApiAccess> {
  const cas = await session.pki.cas();
  const client = await session.pki.issue('CERTIFICATE_PROFILE_ADMIN');
  const servers = session.request.masters.map((m) => apiserverUrl(m, session.request.settings));
  return { servers, caPem: cas.kubernetes, client, signal: session.signal };
}

/** ApplyBootstrapRbac: the bootstrap bindings by server-side apply; a re-apply changes nothing. */
export async function applyBootstrapRbac(session: Session): Promise<masterV1.ApplyBootstrapRbacResponse> {
  const api = await adminAccess(session);
  const objects = bootstrapRbac();
  let changed = 0;
  for (const o of objects) if ((await serverSideApply(api, o)) !== 'unchanged') changed++;
  return { objects: objects.map((o) => `${o.kind}/${o.metadata.name}`), changed };
}

const DAY_S = 24 * 3600;

/** CreateBootstrapToken: a new token whose kube-system Secret expires (the token cleaner deletes it then). */
export async function createBootstrapToken(
  session: Session,
  req: masterV1.CreateBootstrapTokenRequest__Output,
): Promise<masterV1.CreateBootstrapTokenResponse> {
  const ttl = req.ttlSeconds || DAY_S;
  if (ttl < 60 || ttl > 7 * DAY_S) throw new SpecError([{ path: 'ttl_seconds', message: 'from 60 s to 7 days; short-lived by design' }]);
  let secret;
  try {
    const token = newBootstrapToken();
    const expires = new Date(Date.now() + ttl * 1000);
    secret = { token, expires, object: bootstrapTokenSecret(token, expires, req.description || 'kdeploy node join', req.groups) };
  } catch (e) {
    throw new SpecError([{ path: 'groups', message: (e as Error).message }]);
  }
  await serverSideApply(await adminAccess(session), secret.object);
  const ms = secret.expires.getTime();
  return {
    tokenId: secret.token.id,
    token: tokenText(secret.token),
    expiresAt: { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 },
  };
}

/** DeleteBootstrapToken: deletes the token's Secret; `deleted` is false when it was already gone. */
export async function deleteBootstrapToken(session: Session, tokenId: string): Promise<masterV1.DeleteBootstrapTokenResponse> {
  if (!/^[a-z0-9]{6}$/.test(tokenId)) throw new SpecError([{ path: 'token_id', message: 'six lower-case letters or digits' }]);
  const r = await kubeApi(await adminAccess(session), 'DELETE', `/api/v1/namespaces/kube-system/secrets/bootstrap-token-${tokenId}`);
  if (r.status === 404) return { deleted: false };
  if (r.status !== 200 && r.status !== 202) throw new PreconditionError(`deleting bootstrap token ${tokenId}: ${apiMessage(r)}`);
  return { deleted: true };
}

/** GetAdminKubeconfig: a kubeconfig for the endpoint with a new admin identity from pki-service. SECRET: the result. */
export async function adminKubeconfig(
  pki: ClusterPki,
  req: masterV1.GetAdminKubeconfigRequest__Output,
): Promise<masterV1.GetAdminKubeconfigResponse> {
  const e = req.endpoint;
  if (!e?.address) throw new SpecError([{ path: 'endpoint.address', message: 'required: where the kubeconfig points' }]);
  const cas = await pki.cas();
  const admin = await pki.issue('CERTIFICATE_PROFILE_ADMIN');
  const kubeconfig = buildKubeconfig({
    clusterName: req.clusterName || 'kubernetes',
    server: `https://${hostPort(e.address, e.port || 6443)}`,
    caPem: cas.kubernetes,
    user: ADMIN_USER,
    clientCertPem: admin.certPem,
    clientKeyPem: admin.keyPem,
  });
  return { kubeconfig: toKubeYaml(kubeconfig) };
}
