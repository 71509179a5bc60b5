import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files the launcher keeps under its state dir; secrets are 0600, the dir 0700. */
export interface LauncherState {
  dir: string;
  pkiStoreKeyFile: string;
  gatewayStoreKeyFile: string;
  tokenFile: string;
  tokenHashesFile: string;
  /** The API token, present only when it was generated now: printed once. */
  newToken?: string;
}

function secretFile(path: string, make: () => string): boolean {
  if (existsSync(path)) {
    chmodSync(path, 0o600);
    return false;
  }
  writeFileSync(path, make(), { mode: 0o600, flag: 'wx' });
  return true;
}

/**
 * Makes the state dir on first start: a store key for pki-service and one for the gateway
 * (separate, so one leaked key opens one store), and an API token whose sha256 is what the
 * gateway is configured with. Later starts reuse them.
 */
export function ensureState(dir: string): LauncherState {
  mkdirSync(join(dir, 'run'), { recursive: true, mode: 0o700 });
  mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const s: LauncherState = {
    dir,
    pkiStoreKeyFile: join(dir, 'pki-store.key'),
    gatewayStoreKeyFile: join(dir, 'gateway-store.key'),
    tokenFile: join(dir, 'api-token'),
    tokenHashesFile: join(dir, 'api-token-hashes'),
  };
  secretFile(s.pkiStoreKeyFile, () => randomBytes(32).toString('hex'));
  secretFile(s.gatewayStoreKeyFile, () => randomBytes(32).toString('hex'));
  let token: string | undefined;
  if (secretFile(s.tokenFile, () => (token = `kd_${randomBytes(24).toString('base64url')}`))) s.newToken = token;
  const current = readFileSync(s.tokenFile, 'utf8').trim();
  writeFileSync(s.tokenHashesFile, `${createHash('sha256').update(current).digest('hex')}\n`, { mode: 0o600 });
  return s;
}
