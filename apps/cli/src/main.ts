import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApiError, Connection } from './api';
import { remove, retry, status } from './commands/status';
import { kubeconfig } from './commands/kubeconfig';
import { addNodes, hostArg, removeNode } from './commands/nodes';
import { up } from './commands/up';
import { SpecFileError } from './spec-file';

const HELP = `kdeploy: deploy Kubernetes clusters through the kdeploy gateway

Usage:
  kdeploy up -f FILE [--dry-run] [--detach] [--idempotency-key KEY]
                             submit a cluster spec (YAML or JSON) and follow the job;
                             --dry-run prints what would change on which host
  kdeploy status [ID]        list clusters, or show one cluster's stages and hosts
  kdeploy retry ID           resume a failed job from its first unfinished stage
  kdeploy delete ID          remove the cluster from its hosts, stage by stage in reverse
                             (--purge-pki: delete its CAs in pki-service too; kept by default)
  kdeploy kubeconfig ID [-o FILE]
                             the cluster's admin kubeconfig, to FILE (0600) or stdout
  kdeploy add-nodes ID NAME=ADDRESS...
                             add hosts with the node role to a ready cluster; only they
                             are touched, then the cluster is checked from inside
  kdeploy remove-node ID HOST
                             drain a node, delete it and take it off its host
                             (a host that also runs etcd keeps its member)

Options (every command):
  --gateway URL      gateway address       KDEPLOY_GATEWAY      default http://127.0.0.1:50080
  --token-file F     file holding the token  KDEPLOY_TOKEN_FILE   default .kdeploy/api-token
                     (or the token itself in KDEPLOY_TOKEN)
  -h, --help         print this help

Exit status: 0 done, 1 the job failed, 2 the request was refused or the gateway unreachable.
`;

function connection(v: { gateway?: string; 'token-file'?: string }, env: NodeJS.ProcessEnv): Connection {
  const url = (v.gateway ?? env['KDEPLOY_GATEWAY'] ?? 'http://127.0.0.1:50080').replace(/\/+$/, '');
  const file = v['token-file'] ?? env['KDEPLOY_TOKEN_FILE'];
  let token = file ? undefined : env['KDEPLOY_TOKEN'];
  if (!token) {
    try {
      token = readFileSync(file ?? '.kdeploy/api-token', 'utf8').trim();
    } catch (e) {
      throw new ApiError(
        0,
        `no API token: set KDEPLOY_TOKEN or KDEPLOY_TOKEN_FILE, or pass --token-file (cannot read ${file ?? '.kdeploy/api-token'}: ${(e as NodeJS.ErrnoException).code})`,
      );
    }
  }
  return { url, token };
}

/** Runs one CLI invocation; returns the exit status. Tests call it with their own output. */
export async function run(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  const s = { type: 'string' } as const;
  const b = { type: 'boolean' } as const;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        file: { ...s, short: 'f' },
        'dry-run': b,
        detach: b,
        'idempotency-key': s,
        gateway: s,
        'token-file': s,
        'purge-pki': b,
        output: { ...s, short: 'o' },
        help: { ...b, short: 'h' },
      },
    });
  } catch (e) {
    err(`kdeploy: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const {
    values: v,
    positionals: [command, id, ...extra],
  } = parsed;
  if (v.help) {
    out(HELP);
    return 0;
  }
  if (!command) {
    err(HELP);
    return 2;
  }
  try {
    const needsId = command === 'delete' || command === 'retry' || command === 'kubeconfig';
    const usage = () => {
      err(`kdeploy: usage error\n\n${HELP}`);
      return 2;
    };
    if (command === 'add-nodes' || command === 'remove-node') {
      if (!id || extra.length === 0 || (command === 'remove-node' && extra.length !== 1)) return usage();
      if (command === 'add-nodes') extra.forEach(hostArg); // a malformed host is a usage error, found before the token is read
      const conn = connection(v, env);
      if (command === 'remove-node') return await removeNode(conn, id, extra[0], !!v.detach, out);
      return await addNodes(conn, id, extra, !!v.detach, out);
    }
    if (!['up', 'status', 'delete', 'retry', 'kubeconfig'].includes(command) || extra.length || (needsId && !id)) return usage();
    if (command === 'up') {
      // up needs -f FILE and takes no ID; refused before the token is read, as every usage error.
      const file = v.file;
      if (!file || id) return usage();
      return await up(connection(v, env), { file, dryRun: !!v['dry-run'], detach: !!v.detach, idempotencyKey: v['idempotency-key'] }, out);
    }
    const conn = connection(v, env);
    if (command === 'status') return await status(conn, id, out);
    if (command === 'retry') return await retry(conn, id, !!v.detach, out);
    if (command === 'kubeconfig') return await kubeconfig(conn, id, v.output, out);
    return await remove(conn, id, !!v.detach, out, !!v['purge-pki']);
  } catch (e) {
    if (e instanceof ApiError) err(`kdeploy: ${e.message}${e.errors.map((x) => `\n  ${x.path}: ${x.message}`).join('')}`);
    else if (e instanceof SpecFileError) err(`kdeploy: ${e.message}`);
    else err(`kdeploy: ${(e as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  void run(
    process.argv.slice(2),
    process.env,
    (l) => process.stdout.write(`${l}\n`),
    (l) => process.stderr.write(`${l}\n`),
  ).then((code) => (process.exitCode = code));
}
