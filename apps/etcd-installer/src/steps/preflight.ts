import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import { hostOwner, ownershipProblem } from '@kdeploy/steps';
import { EtcdStep, installHosts, memberOf } from './context';

/** Largest clock difference to the installer that etcd's leases and TLS validity tolerate here. */
export const MAX_CLOCK_SKEW_MS = 1000;

/**
 * Refuses a host before anything changes: it must answer over SSH (its address is reachable),
 * have its ports free or held by our own etcd, a clock within 1 s of the installer's, and a
 * writable disk where the data directory goes, and no other cluster owning it (unless the
 * request takes the hosts over). Reads only.
 */
export const preflight: EtcdStep = {
  id: 'etcd/preflight',
  title: 'Preflight checks',
  prepare: installHosts,
  async run(ctx, host) {
    const m = memberOf(ctx, host);
    const s = ctx.settings;
    const problems: string[] = [];
    const t0 = Date.now();
    const clock = await host.exec('date +%s%3N', { signal: ctx.signal, timeoutMs: 10_000 });
    const t1 = Date.now();
    const skew = Number(clock.stdout.trim()) - (t0 + t1) / 2;
    // Half the round trip is the uncertainty of the remote reading.
    if (Math.abs(skew) - (t1 - t0) / 2 > MAX_CLOCK_SKEW_MS)
      problems.push(`clock differs from the installer's by ${Math.round(skew)} ms (limit ${MAX_CLOCK_SKEW_MS} ms)`);

    const listeners = await host.exec(sh`ss -Hltnp`, { signal: ctx.signal, allowFailure: true });
    for (const port of [s.clientPort, s.peerPort]) {
      const holders = listeners.stdout.split('\n').filter((l) => new RegExp(`:${port}\\s`).test(l));
      const foreign = holders.filter((l) => !/users:\(\("etcd",/.test(l));
      if (foreign.length) problems.push(`port ${port} is in use by another process: ${foreign[0].replace(/\s+/g, ' ').trim()}`);
    }

    const parent = s.dataDir.slice(0, s.dataDir.lastIndexOf('/')) || '/';
    const disk = await host.exec(
      sh`d=${parent}; while [ ! -d "$d" ]; do d=$(dirname "$d"); done; t=$(mktemp -p "$d" .kdeploy-write-test.XXXXXX) && rm -f -- "$t"`,
      { signal: ctx.signal, allowFailure: true },
    );
    if (disk.exitCode !== 0) problems.push(`cannot write under ${parent}: ${disk.stderr.trim()}`);

    const ip = await host.exec(sh`ip -o addr show`, { signal: ctx.signal, allowFailure: true });
    if (ip.exitCode === 0 && !ip.stdout.includes(` ${m.address}/`))
      problems.push(`address ${m.address} is not configured on the host, so etcd could not listen on it`);

    const owned = ownershipProblem(await hostOwner(host, ctx.signal), ctx.clusterId, ctx.takeOverHosts);
    if (owned) problems.push(owned);

    if (problems.length) throw new PreconditionError(problems.join('; '), host.host);
  },
};
