import { X509Certificate, createPrivateKey } from 'node:crypto';
import { ApiAccess, kubeApi } from '@kdeploy/kube-api';
import { ClusterPki } from '@kdeploy/installer';
import { SERVING_SECRET } from './metrics-server';

/** Renewed this long before it expires, so a re-apply well inside its life changes nothing. */
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;
export const METRICS_SERVER_NAME = 'metrics-server.kube-system.svc';

type Pair = { certPem: string; keyPem: string };

/** The pair in the Secret if it is still good: signed by `caPem`, for the Service's name, far from expiry, matching its key. */
export function stillGood(pair: Pair, caPem: string, now = Date.now()): boolean {
  try {
    const cert = new X509Certificate(pair.certPem);
    return (
      cert.verify(new X509Certificate(caPem).publicKey) &&
      cert.subjectAltName === `DNS:${METRICS_SERVER_NAME}` &&
      Date.parse(cert.validTo) - now > RENEW_BEFORE_MS &&
      cert.checkPrivateKey(createPrivateKey(pair.keyPem))
    );
  } catch {
    return false;
  }
}

/**
 * metrics-server's serving pair: the one the cluster already holds while it is good, else a new
 * one from pki-service (its key made there, like the other identities kdeploy hands to the cluster).
 * SECRET: keyPem.
 */
export async function servingPair(api: ApiAccess, pki: ClusterPki, caPem: string): Promise<Pair> {
  const r = await kubeApi(api, 'GET', `/api/v1/namespaces/kube-system/secrets/${SERVING_SECRET}`);
  if (r.status === 200) {
    const data = (r.body as { data?: Record<string, string> }).data ?? {};
    const held = {
      certPem: Buffer.from(data['tls.crt'] ?? '', 'base64').toString(),
      keyPem: Buffer.from(data['tls.key'] ?? '', 'base64').toString(),
    };
    if (stillGood(held, caPem)) return held;
  }
  return pki.issue('CERTIFICATE_PROFILE_METRICS_SERVER_SERVING', { dns: [METRICS_SERVER_NAME], ips: [] });
}
