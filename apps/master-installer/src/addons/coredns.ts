import { AddonObject, clusterRole, clusterRoleBinding, meta, RESTRICTED_CONTAINER, serviceAccount, SYSTEM_POD } from './objects';

export interface CoreDnsSettings {
  image: string;
  clusterDnsIp: string;
  clusterDomain: string;
  /** Empty: each node's /etc/resolv.conf. */
  upstreams: readonly string[];
  replicas: number;
}

const NS = 'kube-system';
const NAME = 'coredns';
/** The selector label kubectl, kubelets' docs and other tools look for. */
const APP = { 'k8s-app': 'kube-dns' };
// CoreDNS runs as nobody without capabilities, so it listens above 1024; the Service maps 53 to it.
const DNS_PORT = 1053;
const HEALTH_PORT = 8080;
const READY_PORT = 8181;
const METRICS_PORT = 9153;

/** The Corefile: the cluster's zone from the API, the reverse zones, everything else forwarded. */
export function corefile(s: Pick<CoreDnsSettings, 'clusterDomain' | 'upstreams'>): string {
  const forward = s.upstreams.length ? s.upstreams.join(' ') : '/etc/resolv.conf';
  return [
    `.:${DNS_PORT} {`,
    '    errors',
    '    health {',
    '        lameduck 5s',
    '    }',
    '    ready',
    `    kubernetes ${s.clusterDomain} in-addr.arpa ip6.arpa {`,
    '        pods insecure',
    '        fallthrough in-addr.arpa ip6.arpa',
    '        ttl 30',
    '    }',
    `    prometheus :${METRICS_PORT}`,
    `    forward . ${forward} {`,
    '        max_concurrent 1000',
    '    }',
    '    cache 30',
    '    loop',
    '    reload',
    '    loadbalance',
    '}',
    '',
  ].join('\n');
}

/** CoreDNS as the classic deployment has it: RBAC, Corefile, two replicas on different nodes, the kube-dns Service. */
export function coreDnsObjects(s: CoreDnsSettings): AddonObject[] {
  const sa = { name: NAME, namespace: NS };
  return [
    serviceAccount(NAME, NS),
    clusterRole('system:coredns', [
      { apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
    ]),
    clusterRoleBinding('system:coredns', 'system:coredns', sa),
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(NAME, NS), data: { Corefile: corefile(s) } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(NAME, NS, APP),
      spec: {
        replicas: s.replicas,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
        selector: { matchLabels: APP },
        template: {
          metadata: { labels: APP },
          spec: {
            ...SYSTEM_POD,
            serviceAccountName: NAME,
            // Its own upstream is the node's resolver, not itself.
            dnsPolicy: 'Default',
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: APP }, topologyKey: 'kubernetes.io/hostname' } },
                ],
              },
            },
            containers: [
              {
                name: 'coredns',
                image: s.image,
                imagePullPolicy: 'IfNotPresent',
                args: ['-conf', '/etc/coredns/Corefile'],
                resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
                volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
                ports: [
                  { name: 'dns', containerPort: DNS_PORT, protocol: 'UDP' },
                  { name: 'dns-tcp', containerPort: DNS_PORT, protocol: 'TCP' },
                  { name: 'metrics', containerPort: METRICS_PORT, protocol: 'TCP' },
                ],
                securityContext: RESTRICTED_CONTAINER,
                livenessProbe: {
                  httpGet: { path: '/health', port: HEALTH_PORT, scheme: 'HTTP' },
                  initialDelaySeconds: 60,
                  timeoutSeconds: 5,
                  successThreshold: 1,
                  failureThreshold: 5,
                },
                readinessProbe: { httpGet: { path: '/ready', port: READY_PORT, scheme: 'HTTP' }, periodSeconds: 2 },
              },
            ],
            volumes: [{ name: 'config-volume', configMap: { name: NAME, items: [{ key: 'Corefile', path: 'Corefile' }] } }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        ...meta('kube-dns', NS, { ...APP, 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }),
        annotations: { 'prometheus.io/port': String(METRICS_PORT), 'prometheus.io/scrape': 'true' },
      },
      spec: {
        selector: APP,
        clusterIP: s.clusterDnsIp,
        ports: [
          { name: 'dns', port: 53, targetPort: DNS_PORT, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, targetPort: DNS_PORT, protocol: 'TCP' },
          { name: 'metrics', port: METRICS_PORT, targetPort: METRICS_PORT, protocol: 'TCP' },
        ],
      },
    },
  ];
}
