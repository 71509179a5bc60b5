import { canonicalIp, hostPort } from '@kdeploy/cluster-spec';

/** The process name the proxy's listener shows in `ss -p`, which the installers' port checks accept. */
export const PROXY_PROCESS = 'haproxy';
/** Debian's haproxy package puts the binary here and creates the `haproxy` user the proxy runs as. */
export const HAPROXY_BINARY = '/usr/sbin/haproxy';
/** kdeploy's own unit and config, apart from the package's haproxy.service and /etc/haproxy. */
export const PROXY_UNIT = 'kdeploy-apiserver-proxy.service';
export const PROXY_CONFIG = '/etc/kubernetes/apiserver-proxy.cfg';

/** What the proxy listens on and where it forwards. */
export interface ProxySettings {
  /** The address and port clients on the host use, e.g. 127.0.0.1 and 6443. */
  listenAddress: string;
  listenPort: number;
  /** Every apiserver: a name for the logs and its own address and port. */
  backends: readonly { name: string; address: string; port: number }[];
  /** The cluster CA file on the host: health checks verify each apiserver's certificate with it. */
  caFile: string;
}

const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Refuses what HAProxy's config could misread: names that are not DNS labels, addresses that are not IPs. */
function check(s: ProxySettings): void {
  const bad = [
    ...(canonicalIp(s.listenAddress) ? [] : [`listen address ${s.listenAddress}`]),
    ...s.backends.filter((b) => !NAME.test(b.name) || !canonicalIp(b.address)).map((b) => `backend ${b.name} ${b.address}`),
    ...[s.listenPort, ...s.backends.map((b) => b.port)].filter((p) => !Number.isInteger(p) || p < 1 || p > 65535).map((p) => `port ${p}`),
    ...(/^\/[\w./-]+$/.test(s.caFile) ? [] : [`CA file ${s.caFile}`]),
  ];
  if (!s.backends.length) bad.push('no backend');
  if (bad.length) throw new RangeError(`local endpoint proxy: ${bad.join(', ')}`);
}

/**
 * The HAProxy configuration of the local endpoint proxy (kubeasz's kube-lb, kubespray's
 * nginx-proxy): TCP passthrough, so clients still verify the apiservers' own certificates and
 * present their own; a backend takes traffic only while its /readyz answers 200 over TLS
 * verified with the cluster CA (anonymous requests are allowed there and nowhere else). Long
 * timeouts keep watches open; no stats page or admin socket.
 */
export function renderHaproxyConfig(s: ProxySettings): string {
  check(s);
  return [
    '# kdeploy: local endpoint proxy for the kube-apiservers; written on every apply',
    'global',
    // clients of a node-local proxy are few (kubelet, kube-proxy, admins); HAProxy needs 2 fds a connection
    '  maxconn 4000',
    '',
    'defaults',
    '  mode tcp',
    // a connection refused by an apiserver that just went down is retried on another
    '  retries 3',
    '  option redispatch',
    '  timeout connect 5s',
    '  timeout client 24h',
    '  timeout server 24h',
    '  timeout check 5s',
    '',
    'frontend kube-apiserver',
    `  bind ${hostPort(canonicalIp(s.listenAddress)!, s.listenPort)}`,
    '  default_backend kube-apiservers',
    '',
    'backend kube-apiservers',
    '  option httpchk',
    '  http-check send meth GET uri /readyz',
    '  http-check expect status 200',
    `  default-server inter 2s fall 2 rise 2 check check-ssl verify required ca-file ${s.caFile}`,
    ...s.backends.map((b) => `  server ${b.name} ${hostPort(canonicalIp(b.address)!, b.port)}`),
    '',
  ].join('\n');
}
