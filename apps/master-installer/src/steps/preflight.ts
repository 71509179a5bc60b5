import { PreconditionError } from '@kdeploy/errors';
import { addressProblem, clockSkewProblem, ownerProblem, portProblems, writableProblem } from '@kdeploy/installer';
import { sh } from '@kdeploy/ssh';
import { LAYOUT } from '../control-plane/layout';
import { COMPONENTS } from '../versions';
import { CONTROLLER_MANAGER_PORT, SCHEDULER_PORT } from '../control-plane/ports';
import { PROXY_PROCESS } from '@kdeploy/endpoint-proxy';
import { installHosts, MasterStep, masterOf } from './context';

/** Certificates and leases tolerate little clock difference; the same limit as etcd's. */
export const MAX_CLOCK_SKEW_MS = 1000;

/**
 * Refuses a master before anything changes: its ports free (or held by the control plane
 * itself, or by the local endpoint proxy on 127.0.0.1), its clock within 1 s of the
 * installer's, /etc/kubernetes writable, its advertise address configured, no other cluster
 * owning it, and HAProxy installed when it runs the local proxy. Reads only.
 */
export const preflight: MasterStep = {
  id: 'master/preflight',
  title: 'Preflight checks',
  prepare: installHosts,
  async run(ctx, host) {
    const m = masterOf(ctx, host);
    const ports = [ctx.request.settings.securePort, CONTROLLER_MANAGER_PORT, SCHEDULER_PORT];
    const problems = [
      await clockSkewProblem(host, MAX_CLOCK_SKEW_MS, ctx.signal),
      ...(await portProblems(host, ports, [...COMPONENTS, PROXY_PROCESS], ctx.signal)),
      await writableProblem(host, LAYOUT.kubernetesDir, ctx.signal),
      await addressProblem(host, m.address, 'kube-apiserver', ctx.signal),
      await ownerProblem(host, ctx),
    ];
    if (ctx.endpoint.mode === 'local-proxy') {
      const r = await host.exec(sh`command -v haproxy`, { allowFailure: true, signal: ctx.signal });
      if (r.exitCode !== 0) problems.push('haproxy is not installed (the local endpoint proxy): apt-get install haproxy');
    }
    const found = problems.filter((p): p is string => p !== undefined);
    if (found.length) throw new PreconditionError(found.join('; '), host.host);
  },
};
