import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultAddresses, PerService, SERVICES } from '@kdeploy/proto';

const serviceLines = SERVICES.map(
  (s) => `  ${`--${s.key}-listen ADDR`.padEnd(22)} ${`${s.app} gRPC`.padEnd(33)} default 127.0.0.1:${s.port}`,
).join('\n');

export const HELP = `kdeploy launcher: starts kdeploy whole on this machine, each service as its own process

Usage: npm start [-- options]     (bash tools/launcher/start.sh [options])

Options:
  --state-dir DIR        keys, token, stores, logs, pids   default ./.kdeploy
  --gateway-listen ADDR  the REST API                      default 127.0.0.1:50080
${serviceLines}
  --help                 print this help

On first start it generates a store key for pki-service and one for the gateway, and an API
token (files 0600 in the state dir); the token is printed once. Services' logs go to
DIR/logs/NAME.log and their pids to DIR/run/NAME.pid. A service that dies is started again
(at most 5 times a minute). SIGINT/SIGTERM stop everything; running jobs resume at next start.
`;

export interface LauncherConfig {
  stateDir: string;
  listen: PerService<string> & { gateway: string };
}

export function readConfig(argv: string[]): LauncherConfig | 'help' {
  const s = { type: 'string' } as const;
  const listenFlags = Object.fromEntries(SERVICES.map((x) => [`${x.key}-listen`, s]));
  const { values } = parseArgs({
    args: argv,
    options: { 'state-dir': s, 'gateway-listen': s, ...listenFlags, help: { type: 'boolean' } },
    strict: true,
  });
  const flags = values as Record<string, string | undefined>;
  const defaults = defaultAddresses();
  if (values.help) return 'help';
  return {
    stateDir: resolve(values['state-dir'] ?? '.kdeploy'),
    listen: {
      ...(Object.fromEntries(SERVICES.map((x) => [x.key, flags[`${x.key}-listen`] ?? defaults[x.key]])) as PerService<string>),
      gateway: flags['gateway-listen'] ?? '127.0.0.1:50080',
    },
  };
}
