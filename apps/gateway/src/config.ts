import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PreconditionError } from '@kdeploy/errors';
import { tlsDir, TlsDir } from '@kdeploy/grpc';
import { defaultAddresses, PerService, SERVICES } from '@kdeploy/proto';

/** One help line per service: `--pki-address ADDR  pki-service gRPC address  PKI_ADDRESS default ...`. */
const serviceLines = SERVICES.map(
  (s) => `  ${`--${s.key}-address ADDR`.padEnd(26)} ${`${s.app} gRPC address`.padEnd(33)} ${s.addressEnv} default 127.0.0.1:${s.port}`,
).join('\n');

export const HELP = `gateway: the REST API of kdeploy; runs deployments as checkpointed jobs over the gRPC services

Usage: node dist/apps/gateway/main.js [options]

Options (each also read from the environment variable shown):
  --listen ADDR              HTTP address                      GATEWAY_LISTEN        default 127.0.0.1:50080
  --store PATH               SQLite job store                  GATEWAY_STORE         default ./gateway.db
  --store-key-file F         file holding the store key        GATEWAY_STORE_KEY_FILE
                             (the key itself may instead be given in GATEWAY_STORE_KEY)
  --token-hashes-file F      file of API token sha256 hashes   GATEWAY_TOKEN_HASHES_FILE
                             (or comma-separated in GATEWAY_TOKEN_HASHES)
${serviceLines}
  --tls-dir DIR              its client certificate for the    KDEPLOY_TLS_DIR
                             services (ca.crt, client.crt/key): required; \`npm start\` makes it
  --max-running-jobs N       jobs at once before 429           GATEWAY_MAX_RUNNING_JOBS default 4
  --body-limit BYTES         largest request body before 413   GATEWAY_BODY_LIMIT    default 262144
  --call-deadline-ms MS      deadline of each unary gRPC call  default 30000
  --stream-deadline-ms MS    deadline of each streaming call   default 1800000
  --help                     print this help

The store key is 32 bytes as 64 hex characters or base64 (\`openssl rand -hex 32\`); SSH keys
and passwords of submitted specs are sealed with it. API tokens are configured only as the
hex sha256 of the token (\`printf %s "$TOKEN" | sha256sum\`), one per line; clients send
\`Authorization: Bearer <token>\`. Without a token hash the gateway does not start.
`;

export interface GatewayConfig {
  listen: string;
  storePath: string;
  storeKey: string;
  tokenHashes: string[];
  services: PerService<string>;
  maxRunningJobs: number;
  bodyLimitBytes: number;
  deadlines: { unaryMs: number; streamMs: number };
  /** The gateway's identity towards the services (mutual TLS); plaintext only for in-process tests. */
  tls?: TlsDir;
}

function readSecretFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new PreconditionError(`cannot read the ${what} file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new PreconditionError(`${flag} must be a positive integer, got ${value}`);
  return n;
}

/** Each service's address: its flag, then its environment variable, then 127.0.0.1:PORT. */
function serviceAddresses(flags: Record<string, string | undefined>, env: NodeJS.ProcessEnv): PerService<string> {
  const defaults = defaultAddresses();
  return Object.fromEntries(
    SERVICES.map((s) => [s.key, flags[`${s.key}-address`] ?? env[s.addressEnv] ?? defaults[s.key]]),
  ) as PerService<string>;
}

/** Reads flags, then environment, then defaults; secrets (store key, tokens) never come from argv. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): GatewayConfig | 'help' {
  const s = { type: 'string' } as const;
  const { values: v } = parseArgs({
    args: argv,
    options: {
      listen: s,
      store: s,
      'store-key-file': s,
      'token-hashes-file': s,
      ...Object.fromEntries(SERVICES.map((x) => [`${x.key}-address`, s])),
      'max-running-jobs': s,
      'body-limit': s,
      'call-deadline-ms': s,
      'stream-deadline-ms': s,
      'tls-dir': s,
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (v.help) return 'help';
  const keyFile = v['store-key-file'] ?? env['GATEWAY_STORE_KEY_FILE'];
  const storeKey = keyFile ? readSecretFile(keyFile, 'store key') : env['GATEWAY_STORE_KEY'];
  if (!storeKey)
    throw new PreconditionError('no store key: set GATEWAY_STORE_KEY or GATEWAY_STORE_KEY_FILE, or pass --store-key-file (see --help)');
  const hashesFile = v['token-hashes-file'] ?? env['GATEWAY_TOKEN_HASHES_FILE'];
  const hashText = hashesFile ? readSecretFile(hashesFile, 'token hashes') : (env['GATEWAY_TOKEN_HASHES'] ?? '').replace(/,/g, '\n');
  const tokenHashes = hashText
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  const bad = tokenHashes.find((h) => !/^[0-9a-fA-F]{64}$/.test(h));
  if (bad !== undefined)
    throw new PreconditionError('a token hash is not 64 hex characters (the sha256 of the token, never the token itself)');
  if (tokenHashes.length === 0)
    throw new PreconditionError('no API token hash: set GATEWAY_TOKEN_HASHES or GATEWAY_TOKEN_HASHES_FILE (see --help)');
  const tls = v['tls-dir'] ?? env['KDEPLOY_TLS_DIR'];
  if (!tls)
    throw new PreconditionError(
      'no TLS directory: pass --tls-dir or set KDEPLOY_TLS_DIR (see --help); the services accept only authenticated callers',
    );
  return {
    listen: v.listen ?? env['GATEWAY_LISTEN'] ?? '127.0.0.1:50080',
    storePath: v.store ?? env['GATEWAY_STORE'] ?? './gateway.db',
    storeKey,
    tokenHashes,
    services: serviceAddresses(v as Record<string, string | undefined>, env),
    maxRunningJobs: positive(v['max-running-jobs'] ?? env['GATEWAY_MAX_RUNNING_JOBS'] ?? '4', '--max-running-jobs'),
    bodyLimitBytes: positive(v['body-limit'] ?? env['GATEWAY_BODY_LIMIT'] ?? '262144', '--body-limit'),
    deadlines: {
      unaryMs: positive(v['call-deadline-ms'] ?? '30000', '--call-deadline-ms'),
      streamMs: positive(v['stream-deadline-ms'] ?? '1800000', '--stream-deadline-ms'),
    },
    tls: tlsDir(tls),
  };
}
