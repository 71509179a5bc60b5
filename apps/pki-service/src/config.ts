import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PreconditionError } from '@kdeploy/errors';
import { TLS_DIR_HELP, tlsDir, TlsDir } from '@kdeploy/grpc';

export const HELP = `pki-service: the cluster certificate authority of kdeploy (gRPC, kdeploy.pki.v1.PkiService)

Usage: node dist/apps/pki-service/main.js [options]

Options (each also read from the environment variable shown):
  --listen ADDR       address to listen on            PKI_LISTEN       default 127.0.0.1:50061
  --store PATH        SQLite file of CAs and records  PKI_STORE        default ./pki.db
  --store-key-file F  file holding the store key      PKI_STORE_KEY_FILE
                      (the key itself may instead be given in PKI_STORE_KEY)
${TLS_DIR_HELP}
  --help              print this help

The store key is 32 bytes as 64 hex characters or base64 (make one with
\`openssl rand -hex 32\`). CA private keys are sealed with it; without it the service does not
start, and a key that does not open an existing store is refused. Callers must present a
client certificate from the internal CA in the TLS directory (mutual TLS); others are refused
with UNAUTHENTICATED.
`;

export interface PkiConfig {
  listen: string;
  storePath: string;
  storeKey: string;
  tls: TlsDir;
}

/** Reads flags, then environment, then defaults; the store key never comes from argv. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): PkiConfig | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      listen: { type: 'string' },
      store: { type: 'string' },
      'store-key-file': { type: 'string' },
      'tls-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const keyFile = values['store-key-file'] ?? env['PKI_STORE_KEY_FILE'];
  let storeKey = env['PKI_STORE_KEY'];
  if (keyFile) {
    try {
      storeKey = readFileSync(keyFile, 'utf8');
    } catch (e) {
      throw new PreconditionError(
        `cannot read the store key file ${keyFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
  }
  if (!storeKey)
    throw new PreconditionError('no store key: set PKI_STORE_KEY or PKI_STORE_KEY_FILE, or pass --store-key-file (see --help)');
  const tls = values['tls-dir'] ?? env['KDEPLOY_TLS_DIR'];
  if (!tls)
    throw new PreconditionError('no TLS directory: pass --tls-dir or set KDEPLOY_TLS_DIR (see --help); every caller must be authenticated');
  return {
    listen: values.listen ?? env['PKI_LISTEN'] ?? '127.0.0.1:50061',
    storePath: values.store ?? env['PKI_STORE'] ?? './pki.db',
    storeKey,
    tls: tlsDir(tls),
  };
}
