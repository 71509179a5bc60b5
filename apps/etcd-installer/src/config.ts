import { parseArgs } from 'node:util';

export const HELP = `etcd-installer: installs and operates etcd clusters over SSH (gRPC, kdeploy.etcd.v1.EtcdInstaller)

Usage: node dist/apps/etcd-installer/main.js [options]

Options (each also read from the environment variable shown):
  --listen ADDR   address to listen on   ETCD_INSTALLER_LISTEN   default 127.0.0.1:50062
  --help          print this help

Everything else (hosts, SSH credentials and host keys, artifact directory, pki-service
address) comes with each request. LOG_LEVEL sets the log level (default info).
`;

export interface EtcdInstallerConfig {
  listen: string;
}

/** Reads flags, then environment, then defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): EtcdInstallerConfig | 'help' {
  const { values } = parseArgs({ args: argv, options: { listen: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) return 'help';
  return { listen: values.listen ?? env['ETCD_INSTALLER_LISTEN'] ?? '127.0.0.1:50062' };
}
