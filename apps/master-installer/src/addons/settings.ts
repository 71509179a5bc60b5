import { canonicalIp } from '@kdeploy/cluster-spec';
import { SpecError, SpecIssue } from '@kdeploy/errors';
import type { masterV1 } from '@kdeploy/proto';

/** What ApplyAddons installs, checked; an absent add-on is removed if kdeploy made it. */
export interface AddonsRequest {
  coredns?: { clusterDnsIp: string; upstreams: string[]; replicas: number };
  metricsServer?: { port: number };
  readyTimeoutMs: number;
}

const MAX_REPLICAS = 10;
const DEFAULT_PORT = 4443;
/** The ports a node's own services hold (kubelet, kube-proxy, flanneld's health): metrics-server shares the host's network. */
const NODE_PORTS = [10248, 10249, 10250, 10256, 10267];

/** The request's AddonsSpec, every bad field named. */
export function addonsRequest(req: masterV1.ApplyAddonsRequest__Output): AddonsRequest {
  const issues: SpecIssue[] = [];
  const a = req.addons;
  let coredns: AddonsRequest['coredns'];
  if (a?.coredns) {
    const ip = canonicalIp(a.coredns.clusterDnsIp);
    if (!ip)
      issues.push({ path: 'addons.coredns.cluster_dns_ip', message: `not an IP address: ${JSON.stringify(a.coredns.clusterDnsIp)}` });
    const upstreams = a.coredns.upstreamResolvers.map((u, i) => {
      const c = canonicalIp(u);
      if (!c) issues.push({ path: `addons.coredns.upstream_resolvers[${i}]`, message: `not an IP address: ${JSON.stringify(u)}` });
      return c ?? u;
    });
    const replicas = a.coredns.replicas || 2;
    if (replicas > MAX_REPLICAS) issues.push({ path: 'addons.coredns.replicas', message: `at most ${MAX_REPLICAS}` });
    coredns = { clusterDnsIp: ip ?? '', upstreams, replicas };
  }
  let metricsServer: AddonsRequest['metricsServer'];
  if (a?.metricsServer) {
    const port = a.metricsServer.port || DEFAULT_PORT;
    if (port < 1024 || port > 65535 || NODE_PORTS.includes(port))
      issues.push({
        path: 'addons.metrics_server.port',
        message: `${port}: from 1024 to 65535 and none of the node's own ports ${NODE_PORTS.join(', ')}`,
      });
    metricsServer = { port };
  }
  const timeout = req.readyTimeoutSeconds || 180;
  if (timeout > 1800) issues.push({ path: 'ready_timeout_seconds', message: 'at most 1800' });
  if (issues.length) throw new SpecError(issues);
  return { coredns, metricsServer, readyTimeoutMs: timeout * 1000 };
}
