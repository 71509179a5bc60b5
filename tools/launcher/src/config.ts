import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const HELP = `kdeploy launcher: starts kdeploy whole on this machine, each service as its own process

Usage: npm start [-- options]     (bash tools/launcher/start.sh [options])

Options:
  --state-dir DIR        keys, token, stores, logs, pids   default ./.kdeploy
  --gateway-listen ADDR  the REST API                      default 127.0.0.1:50080
  --pki-listen ADDR      pki-service gRPC                  default 127.0.0.1:50061
  --etcd-listen ADDR     etcd-installer gRPC               default 127.0.0.1:50062
  --help                 print this help

On first start it generates a store key for pki-service and one for the gateway, and an API
token (files 0600 in the state dir); the token is printed once. Services' logs go to
DIR/logs/NAME.log and their pids to DIR/run/NAME.pid. A service that dies is started again
(at most 5 times a minute). SIGINT/SIGTERM stop everything; running jobs resume at next start.
`;

export interface LauncherConfig {
  stateDir: string;
  listen: { gateway: string; pki: string; etcd: string };
}

export function readConfig(argv: string[]): LauncherConfig | 'help' {
  const s = { type: 'string' } as const;
  const { values } = parseArgs({ args: argv, options: { 'state-dir': s, 'gateway-listen': s, 'pki-listen': s, 'etcd-listen': s, help: { type: 'boolean' } }, strict: true });
  if (values.help) return 'help';
  return {
    stateDir: resolve(values['state-dir'] ?? '.kdeploy'),
    listen: {
      gateway: values['gateway-listen'] ?? '127.0.0.1:50080',
      pki: values['pki-listen'] ?? '127.0.0.1:50061',
      etcd: values['etcd-listen'] ?? '127.0.0.1:50062',
    },
  };
}
