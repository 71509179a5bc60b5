import { PreconditionError } from '@kdeploy/errors';
import { addressProblem, clockSkewProblem, ownerProblem, portProblems, writableProblem } from '@kdeploy/installer';
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
    const parent = s.dataDir.slice(0, s.dataDir.lastIndexOf('/')) || '/';
    const problems = [
      await clockSkewProblem(host, MAX_CLOCK_SKEW_MS, ctx.signal),
      ...(await portProblems(host, [s.clientPort, s.peerPort], 'etcd', ctx.signal)),
      await writableProblem(host, parent, ctx.signal),
      await addressProblem(host, m.address, 'etcd', ctx.signal),
      await ownerProblem(host, ctx),
    ].filter((p): p is string => p !== undefined);
    if (problems.length) throw new PreconditionError(problems.join('; '), host.host);
  },
};
