import { PreconditionError } from '@kdeploy/errors';
import { sh } from '@kdeploy/ssh';
import { PKI } from '../control-plane/layout';
import { installHosts, MasterStep } from './context';

/**
 * The request the check sends over mutual TLS: etcd's /health answers `"health":"true"` only
 * when its cluster has a leader, which the apiserver needs to start.
 */
const HEALTH_REQUEST = 'GET /health HTTP/1.1\r\nHost: etcd\r\nConnection: close\r\n\r\n';

/**
 * etcd reachable from the master with the apiserver's own etcd client certificate, verified
 * against the etcd CA: what the apiserver will do, so a firewall, a wrong CA or a cluster
 * without quorum is named here rather than as an apiserver that never becomes ready. Reads
 * only; a dry run before the certificates exist skips it.
 */
export const etcdReachable: MasterStep = {
  id: 'master/etcd-reachable',
  title: 'Check etcd with the apiserver client certificate',
  prepare: installHosts,
  async run(ctx, host, ops) {
    const c = PKI.apiserverEtcdClient;
    const present = await host.exec(sh`test -s ${c.cert} && test -s ${c.key} && test -s ${PKI.etcdCa}`, { allowFailure: true });
    if (present.exitCode !== 0 && ops.mode === 'plan') return;
    const problems: string[] = [];
    for (const endpoint of ctx.request.settings.etcdEndpoints) {
      const url = new URL(endpoint);
      const r = await host.exec(
        sh`printf %s ${HEALTH_REQUEST} | timeout 10 openssl s_client -quiet -connect ${url.host} -cert ${c.cert} -key ${c.key} -CAfile ${PKI.etcdCa} -verify_return_error 2>&1`,
        { allowFailure: true, signal: ctx.signal, timeoutMs: 15_000 },
      );
      if (r.stdout.includes('"health":"true"')) return;
      const last = r.stdout.trim().split('\n').filter(Boolean).slice(-2).join(' ') || `exit ${r.exitCode}`;
      problems.push(`${endpoint}: ${last}`);
    }
    throw new PreconditionError(
      `no etcd endpoint is healthy with the apiserver's etcd client certificate: ${problems.join('; ')}`,
      host.host,
    );
  },
};
