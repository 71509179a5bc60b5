import { HostConnection, sh } from '@kdeploy/ssh';
import { hostOwner, ownershipProblem } from '@kdeploy/steps';

/**
 * The read-only host checks every installer's preflight is made of. Each returns why the host
 * cannot take the component (in words for the operator), or nothing when it can; a preflight
 * collects them all, so one run names every problem of a host.
 */

/** The host's clock against this process's: half the round trip is the uncertainty of the reading. */
export async function clockSkewProblem(host: HostConnection, maxSkewMs: number, signal?: AbortSignal): Promise<string | undefined> {
  const t0 = Date.now();
  const clock = await host.exec('date +%s%3N', { signal, timeoutMs: 10_000 });
  const t1 = Date.now();
  const skew = Number(clock.stdout.trim()) - (t0 + t1) / 2;
  if (Math.abs(skew) - (t1 - t0) / 2 <= maxSkewMs) return undefined;
  return `clock differs from the installer's by ${Math.round(skew)} ms (limit ${maxSkewMs} ms)`;
}

/**
 * Ports held by a process other than `ownProcess` (the component itself may hold them on a
 * re-apply; several names when a port is shared by address, as the apiserver's port is with
 * the local endpoint proxy on 127.0.0.1).
 */
export async function portProblems(
  host: HostConnection,
  ports: readonly number[],
  ownProcess: string | readonly string[],
  signal?: AbortSignal,
): Promise<string[]> {
  // ss shows the kernel's comm, cut to 15 characters: kube-controller-manager is "kube-controller"
  const own = (typeof ownProcess === 'string' ? [ownProcess] : ownProcess).map((p) => p.slice(0, 15));
  const listeners = await host.exec(sh`ss -Hltnp`, { signal, allowFailure: true });
  return ports.flatMap((port) => {
    const holders = listeners.stdout.split('\n').filter((l) => new RegExp(`:${port}\\s`).test(l));
    const foreign = holders.filter((l) => !own.some((p) => l.includes(`users:(("${p}",`)));
    return foreign.length ? [`port ${port} is in use by another process: ${foreign[0].replace(/\s+/g, ' ').trim()}`] : [];
  });
}

/** A directory (or its nearest existing parent) where a file can be created. */
export async function writableProblem(host: HostConnection, dir: string, signal?: AbortSignal): Promise<string | undefined> {
  const probe = sh`d=${dir}; while [ ! -d "$d" ]; do d=$(dirname "$d"); done; t=$(mktemp -p "$d" .kdeploy-write-test.XXXXXX) && rm -f -- "$t"`;
  const r = await host.exec(probe, { signal, allowFailure: true });
  return r.exitCode === 0 ? undefined : `cannot write under ${dir}: ${r.stderr.trim()}`;
}

/** The address the component must listen on is configured on the host. */
export async function addressProblem(
  host: HostConnection,
  address: string,
  what: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const ip = await host.exec(sh`ip -o addr show`, { signal, allowFailure: true });
  if (ip.exitCode !== 0 || ip.stdout.includes(` ${address}/`)) return undefined;
  return `address ${address} is not configured on the host, so ${what} could not listen on it`;
}

/** Another cluster's record on the host, unless the request takes hosts over. */
export async function ownerProblem(
  host: HostConnection,
  ctx: { clusterId: string; takeOverHosts: boolean; signal?: AbortSignal },
): Promise<string | undefined> {
  return ownershipProblem(await hostOwner(host, ctx.signal), ctx.clusterId, ctx.takeOverHosts);
}
