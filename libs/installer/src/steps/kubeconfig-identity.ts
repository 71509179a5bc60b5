import { createPublicKey } from 'node:crypto';
import { HostConnection, sh } from '@kdeploy/ssh';
import { certificateProblem } from '@kdeploy/x509';
import { parse } from 'yaml';

/** A client identity: certificate and key (PEM). SECRET: keyPem. */
export interface ClientPair {
  certPem: string;
  keyPem: string;
}

/** The server and embedded client pair of a kubeconfig kdeploy wrote, or undefined. SECRET: the key. */
function embedded(text: string): (ClientPair & { server: string }) | undefined {
  try {
    const doc = parse(text) as { clusters?: { cluster?: { server?: string } }[]; users?: { user?: Record<string, string> }[] };
    const user = doc.users?.[0]?.user ?? {};
    const pem = (field: string) => Buffer.from(user[field] ?? '', 'base64').toString('utf8');
    return { server: doc.clusters?.[0]?.cluster?.server ?? '', certPem: pem('client-certificate-data'), keyPem: pem('client-key-data') };
  } catch {
    return undefined;
  }
}

/**
 * The client identity embedded in an installed kubeconfig, kept when it still points at
 * `server` and its certificate is good (certificateProblem: the CA, the key, the expiry);
 * otherwise why it must be replaced. Lets a re-apply leave the file as it is.
 */
export async function installedKubeconfigIdentity(
  host: HostConnection,
  path: string,
  want: { server: string; caPem: string; caName: string },
  signal?: AbortSignal,
): Promise<{ pair: ClientPair; problem?: undefined } | { pair?: undefined; problem: string }> {
  const current = await host.exec(sh`cat -- ${path} 2>/dev/null || true`, { signal });
  const found = current.stdout ? embedded(current.stdout) : undefined;
  if (!found || found.server !== want.server) return { problem: 'missing or pointing elsewhere' };
  const publicKeyPem = found.keyPem.includes('PRIVATE KEY')
    ? (createPublicKey(found.keyPem).export({ type: 'spki', format: 'pem' }) as string)
    : undefined;
  const problem = certificateProblem(found.certPem, want.caPem, publicKeyPem, undefined, want.caName);
  return problem ? { problem } : { pair: { certPem: found.certPem, keyPem: found.keyPem } };
}
