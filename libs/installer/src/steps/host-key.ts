import { sh } from '@kdeploy/ssh';
import type { LeafKey } from '@kdeploy/x509';
import type { ClusterPki } from '../cluster-pki';

/** What a dry run before the first deploy shows: the spec's default leaf key. */
const PLAN_DEFAULT: LeafKey = 'ecdsa-p256';

/**
 * The openssl command that makes a private key on a host, 0600 from birth (umask) and never
 * leaving it, of the cluster's leaf algorithm: ECDSA P-256 takes well under a millisecond where
 * RSA 2048 takes 0.1-0.3 s of a core, which a deployment pays for every key on every host.
 */
export function hostKeyCommand(path: string, leaf: LeafKey): string {
  return leaf === 'ecdsa-p256'
    ? sh`umask 077 && openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ${path} 2>/dev/null`
    : sh`umask 077 && openssl genrsa -out ${path} ${leaf.slice('rsa-'.length)} 2>/dev/null`;
}

/** The cluster's leaf key algorithm from pki-service; a dry run of a cluster without CAs shows the default. */
export async function hostLeafKey(pki: ClusterPki, mode: 'plan' | 'apply'): Promise<LeafKey> {
  return mode === 'plan' ? ((await pki.casIfAny())?.leafKey ?? PLAN_DEFAULT) : (await pki.cas()).leafKey;
}
