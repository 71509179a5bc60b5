import { hostConnection, installedPair } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { certificateProblem } from '@kdeploy/x509';
import { PKI } from '../control-plane/layout';
import { KeyPair } from '../steps/context';
import { Session } from './session';

/**
 * The cluster signer for this call. Every apiserver must trust what any controller-manager
 * leader signed, so all masters hold the same signer: one a master holds that is still good is
 * kept (its key read from that master, in memory only), and the others get it too; with none,
 * pki-service issues one, except in a dry run, which leaves it undefined.
 */
export async function clusterSigner(
  session: Session,
  kubernetesCaPem: string | undefined,
  mode: 'plan' | 'apply',
): Promise<KeyPair | undefined> {
  if (!kubernetesCaPem) return undefined;
  for (const h of session.hosts) {
    const host = hostConnection(session, h.name);
    const installed = await installedPair(host, PKI.clusterSigner.cert, PKI.clusterSigner.key, session.signal).catch(() => undefined);
    if (!installed?.certPem || certificateProblem(installed.certPem, kubernetesCaPem, installed.publicKeyPem, undefined, 'kubernetes CA'))
      continue;
    const key = await host.exec(sh`cat -- ${PKI.clusterSigner.key}`, { signal: session.signal });
    return { certPem: installed.certPem, keyPem: key.stdout };
  }
  if (mode === 'plan') return undefined;
  return session.pki.issue('CERTIFICATE_PROFILE_CLUSTER_SIGNER');
}
