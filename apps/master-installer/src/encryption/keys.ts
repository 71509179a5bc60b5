import { PreconditionError } from '@kdeploy/errors';
import type { masterV1 } from '@kdeploy/proto';
import { HostConnection, sh } from '@kdeploy/ssh';
import { parse } from 'yaml';
import { EncryptionKey, EncryptionProvider } from '../control-plane/encryption-config';
import { CONFIG } from '../control-plane/layout';

/** What one master's encryption config holds. SECRET: the keys. */
export interface InstalledEncryption {
  provider: EncryptionProvider;
  keys: EncryptionKey[];
}

const PROVIDERS: Record<masterV1.EncryptionProvider__Output, EncryptionProvider> = {
  ENCRYPTION_PROVIDER_UNSPECIFIED: 'secretbox',
  ENCRYPTION_PROVIDER_SECRETBOX: 'secretbox',
  ENCRYPTION_PROVIDER_AESCBC: 'aescbc',
};

/** The provider and keys of a master's encryption config, or undefined when it has none (a new master). */
export async function installedEncryption(host: HostConnection, signal?: AbortSignal): Promise<InstalledEncryption | undefined> {
  const r = await host.exec(sh`cat -- ${CONFIG.encryption} 2>/dev/null || true`, { signal, timeoutMs: 15_000 });
  if (!r.stdout.trim()) return undefined;
  type Doc = { resources?: { providers?: Record<string, { keys?: EncryptionKey[] }>[] }[] };
  let first: Record<string, { keys?: EncryptionKey[] }> | undefined;
  try {
    first = (parse(r.stdout) as Doc).resources?.[0]?.providers?.[0];
  } catch {
    first = undefined;
  }
  const provider = first && (['secretbox', 'aescbc'] as const).find((p) => p in first);
  // never echo the file: it holds the keys
  if (!first || !provider) throw new PreconditionError(`${CONFIG.encryption} is not an encryption config kdeploy wrote`, host.host);
  return { provider, keys: (first[provider].keys ?? []).map((k) => ({ name: String(k.name), secret: String(k.secret) })) };
}

const nextName = (keys: readonly EncryptionKey[]) =>
  `key-${1 + Math.max(0, ...keys.map((k) => Number(/^key-(\d+)$/.exec(k.name)?.[1] ?? 0)))}`;

/**
 * The keys the masters get. The masters' own keys are kept (every one of them, so every Secret
 * stays readable, even when masters disagree); a key the request gives goes first and so
 * encrypts from now on; with neither, the cluster's key from pki-service (made there once and
 * kept sealed, so it outlives every master) is the first. Switching the provider would leave
 * stored Secrets unreadable, so it is refused.
 */
export function chooseEncryption(
  requested: masterV1.SecretsEncryption__Output | null | undefined,
  installed: readonly (InstalledEncryption | undefined)[],
  clusterKey: string,
): InstalledEncryption {
  const provider = PROVIDERS[requested?.provider ?? 'ENCRYPTION_PROVIDER_UNSPECIFIED'];
  const found = installed.filter((i): i is InstalledEncryption => i !== undefined);
  const other = found.find((f) => f.provider !== provider);
  if (other)
    throw new PreconditionError(
      `the masters encrypt Secrets with ${other.provider}, the request asks for ${provider}; changing the provider is not supported`,
    );
  const keys: EncryptionKey[] = [];
  for (const k of found.flatMap((f) => f.keys)) if (!keys.some((x) => x.secret === k.secret)) keys.push(k);
  const wanted = requested?.encryptionKey;
  if (wanted) {
    const known = keys.find((k) => k.secret === wanted);
    const first = known ?? { name: nextName(keys), secret: wanted };
    return { provider, keys: [first, ...keys.filter((k) => k !== known)] };
  }
  if (keys.length) return { provider, keys };
  return { provider, keys: [{ name: 'key-1', secret: clusterKey }] };
}

/** Whether chooseEncryption will need the cluster's key: no key on any master and none in the request. */
export const needsClusterKey = (
  requested: masterV1.SecretsEncryption__Output | null | undefined,
  installed: readonly (InstalledEncryption | undefined)[],
) => !requested?.encryptionKey && !installed.some((i) => i?.keys.length);
