import { HostConnection, sh } from '@kdeploy/ssh';

/**
 * An installed certificate and the public half of the host's key beside it, in one round trip
 * each; either is undefined when missing. The private key itself never leaves the host here,
 * so certificateProblem can decide whether to keep the pair.
 */
export async function installedPair(host: HostConnection, cert: string, key: string, signal?: AbortSignal) {
  const c = await host.exec(sh`cat -- ${cert} 2>/dev/null || true`, { signal });
  const k = await host.exec(sh`openssl pkey -in ${key} -pubout 2>/dev/null || true`, { signal });
  return { certPem: c.stdout || undefined, publicKeyPem: k.stdout.includes('PUBLIC KEY') ? k.stdout : undefined };
}
