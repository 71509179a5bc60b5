import { HostConnection, sh } from '@kdeploy/ssh';
import { EtcdSettings, url } from '../request/settings';
import { binPath, CA_CERT, pki } from './layout';

/** Options of one etcdctl call on a member host. */
export interface EtcdctlOptions {
  /** Endpoints; default this host's own client URL on 127.0.0.1. */
  endpoints?: string[];
  signal?: AbortSignal;
  /** Resolve with the exit code instead of throwing. */
  allowFailure?: boolean;
  timeoutMs?: number;
}

/**
 * Runs etcdctl on a member host with the health-check client certificate (mTLS is the only
 * way in). A failure names the host and carries etcdctl's own message.
 */
export async function etcdctl(host: HostConnection, s: EtcdSettings, args: (string | number)[], opts: EtcdctlOptions = {}) {
  return host.exec(etcdctlCommand(s, args, opts.endpoints), {
    signal: opts.signal,
    allowFailure: opts.allowFailure,
    timeoutMs: opts.timeoutMs ?? 20_000,
  });
}

/** The etcdctl command line (paths only, no secret), for steps that run it through ops.run. */
export function etcdctlCommand(s: EtcdSettings, args: (string | number)[], endpoints?: string[]): string {
  const client = pki('healthcheck-client');
  const eps = (endpoints ?? [url('127.0.0.1', s.clientPort)]).join(',');
  return sh`ETCDCTL_API=3 ${binPath('etcdctl')} --endpoints=${eps} --cacert=${CA_CERT} --cert=${client.cert} --key=${client.key} --dial-timeout=2s --command-timeout=5s ${args.map(String)}`;
}

/** etcdctl -w json, parsed; member ids come back as decimal uint64 and are converted to hex. */
export async function etcdctlJson<T>(
  host: HostConnection,
  s: EtcdSettings,
  args: (string | number)[],
  opts: EtcdctlOptions = {},
): Promise<T> {
  const r = await etcdctl(host, s, [...args, '-w', 'json'], opts);
  // etcdctl prints uint64 ids as JSON numbers beyond 2^53; quote long ones before parsing.
  return JSON.parse(r.stdout.replace(/:(\d{15,})/g, ':"$1"')) as T;
}

/** A decimal uint64 string as etcd's hex member id. */
export const hexId = (decimal: string | number) => BigInt(decimal).toString(16);
