import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PreconditionError } from '@kdeploy/errors';
import type { ClientTlsOptions, ServerTlsOptions } from './credentials';

/**
 * A process's TLS material in one directory, as the launcher writes it (one per process):
 * `ca.crt` (kdeploy's internal CA: whom to trust, both ways), `server.crt` + `server.key`
 * (the identity it serves with), `client.crt` + `client.key` (the identity it calls other
 * services with). A service serves mTLS: it requires a client certificate from `ca.crt`.
 */
export interface TlsDir {
  dir: string;
  /** Serving identity with the internal CA as client CA; throws naming the missing file. */
  server(): ServerTlsOptions;
  /** Calling identity and the CA to verify servers with; throws naming the missing file. */
  client(): ClientTlsOptions;
}

function readPem(dir: string, name: string, secret: boolean): string {
  const path = join(dir, name);
  try {
    if (secret && (statSync(path).mode & 0o077) !== 0)
      throw new PreconditionError(`${path}: a private key must not be readable by group or others (chmod 0600)`);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof PreconditionError) throw e;
    throw new PreconditionError(`TLS directory ${dir}: cannot read ${name} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function tlsDir(dir: string): TlsDir {
  return {
    dir,
    server: () => ({
      certificatePem: readPem(dir, 'server.crt', false),
      keyPem: readPem(dir, 'server.key', true),
      clientCaPem: readPem(dir, 'ca.crt', false),
    }),
    client: () => ({
      caPem: readPem(dir, 'ca.crt', false),
      certificatePem: readPem(dir, 'client.crt', false),
      keyPem: readPem(dir, 'client.key', true),
    }),
  };
}

/** The option text every service's --help shows for it. */
export const TLS_DIR_HELP = `  --tls-dir DIR       mutual TLS material (ca.crt, server.crt/key,     KDEPLOY_TLS_DIR
                      client.crt/key): required; \`npm start\` makes it`;
