import pino, { Logger } from 'pino';

/**
 * Field names whose values are secrets wherever they appear in a log record. Redaction is by
 * key so that a secret nested in a request or spec object is caught too.
 */
export const SECRET_KEYS = [
  'privateKey',
  'private_key',
  'passphrase',
  'password',
  'sudoPassword',
  'sudo_password',
  'key',
  'keyPem',
  'key_pem',
  'caKey',
  'token',
  'bootstrapToken',
  'encryptionKey',
  'authorization',
  'kubeconfig',
];

const redactPaths = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

/** One logger per process; children are bound to cluster, step and host. */
export function createLogger(name: string, options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      name,
      level: options.level ?? process.env['LOG_LEVEL'] ?? 'info',
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    options.destination,
  );
}

export type { Logger };
