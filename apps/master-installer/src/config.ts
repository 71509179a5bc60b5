import { parseArgs } from 'node:util';
import { PreconditionError } from '@kdeploy/errors';
import { TLS_DIR_HELP, tlsDir, TlsDir } from '@kdeploy/grpc';

export const HELP = `master-installer: installs the Kubernetes control plane over SSH (gRPC, kdeploy.master.v1.MasterInstaller)

Usage: node dist/apps/master-installer/main.js [options]

Options (each also read from the environment variable shown):
  --listen ADDR       address to listen on                 MASTER_INSTALLER_LISTEN default 127.0.0.1:50063
${TLS_DIR_HELP}
  --help              print this help

Everything else (hosts, SSH credentials and host keys, artifact directory, pki-service
address) comes with each request. LOG_LEVEL sets the log level (default info). Callers must
present a client certificate from the internal CA (mutual TLS); it calls pki-service with its
own client certificate from the same directory.
`;

export interface MasterInstallerConfig {
  listen: string;
  tls: TlsDir;
}

/** Reads flags, then environment, then defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): MasterInstallerConfig | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: { listen: { type: 'string' }, 'tls-dir': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) return 'help';
  const tls = values['tls-dir'] ?? env['KDEPLOY_TLS_DIR'];
  if (!tls)
    throw new PreconditionError('no TLS directory: pass --tls-dir or set KDEPLOY_TLS_DIR (see --help); every caller must be authenticated');
  return { listen: values.listen ?? env['MASTER_INSTALLER_LISTEN'] ?? '127.0.0.1:50063', tls: tlsDir(tls) };
}
