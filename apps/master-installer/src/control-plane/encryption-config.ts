import { SpecError, SpecIssue } from '@kdeploy/errors';
import { toKubeYaml } from '@kdeploy/templates';
import { KubernetesVersion } from '../versions';

/** The first provider, which encrypts every write; identity is never offered here. */
export type EncryptionProvider = 'secretbox' | 'aescbc';

/** One key of the provider. `secret` is SECRET: base64 of 32 random bytes. */
export interface EncryptionKey {
  name: string;
  secret: string;
}

type Keys = { keys: EncryptionKey[] };
type Provider = { secretbox: Keys } | { aescbc: Keys } | { identity: Record<string, never> };

/** EncryptionConfiguration: Secrets only (what security.md asks for). */
export interface EncryptionConfiguration {
  apiVersion: string;
  kind: 'EncryptionConfiguration';
  resources: { resources: string[]; providers: Provider[] }[];
}

const KEY_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/** Refuses bad keys; the messages name the key, never its secret. */
function checkKeys(keys: readonly EncryptionKey[]): void {
  const issues: SpecIssue[] = [];
  const path = 'spec.secrets_encryption.encryption_key';
  if (!keys.length) issues.push({ path, message: 'at least one key' });
  const names = new Set<string>();
  for (const { name, secret } of keys) {
    if (!KEY_NAME.test(name) || names.has(name)) issues.push({ path, message: `key name "${name}": a unique DNS label` });
    names.add(name);
    // 32 bytes for both: secretbox needs exactly that, and it makes aescbc AES-256.
    if (!BASE64.test(secret) || Buffer.from(secret, 'base64').length !== 32)
      issues.push({ path, message: `key "${name}": base64 of 32 bytes` });
  }
  if (issues.length) throw new SpecError(issues);
}

/**
 * Secrets encrypted at rest. The first key of the provider encrypts; every key listed can
 * decrypt, so a rotation lists the new key first and the old after it until all Secrets are
 * rewritten. `identity` comes last so Secrets stored before encryption was on stay readable;
 * it never writes. The keys come as a parameter and end up only in this file (0600).
 */
export function encryptionConfiguration(
  version: KubernetesVersion,
  provider: EncryptionProvider,
  keys: readonly EncryptionKey[],
): EncryptionConfiguration {
  checkKeys(keys);
  const list = { keys: keys.map(({ name, secret }) => ({ name, secret })) };
  const first: Provider = provider === 'secretbox' ? { secretbox: list } : { aescbc: list };
  return {
    apiVersion: version.configs.encryption.apiVersion,
    kind: version.configs.encryption.kind,
    resources: [{ resources: ['secrets'], providers: [first, { identity: {} }] }],
  };
}

/** The encryption config file's text. SECRET: holds the keys. */
export function renderEncryptionConfig(version: KubernetesVersion, provider: EncryptionProvider, keys: readonly EncryptionKey[]): string {
  return toKubeYaml(encryptionConfiguration(version, provider, keys));
}
