import {
  AddonObject,
  clusterRole,
  clusterRoleBinding,
  meta,
  RESTRICTED_CONTAINER,
  roleBinding,
  serviceAccount,
  SYSTEM_POD,
} from './objects';

export interface MetricsServerSettings {
  image: string;
  /** Port on the node's addresses (host network). */
  port: number;
  /** The CA that signed the kubelets' serving certificates: metrics-server verifies them. */
  kubeletCaPem: string;
  /** The CA that signed metrics-server's serving certificate, for the APIService. */
  servingCaPem: string;
  /** SECRET. The serving pair, kept in a Secret of kube-system. */
  serving: { certPem: string; keyPem: string };
}

const NS = 'kube-system';
const NAME = 'metrics-server';
const APP = { 'k8s-app': NAME };
export const SERVING_SECRET = 'metrics-server-serving';
const KUBELET_CA = 'metrics-server-kubelet-ca';
const TLS_DIR = '/etc/metrics-server/tls';
const CA_DIR = '/etc/metrics-server/kubelet-ca';

/** The Secret of the serving pair. SECRET: its data. */
export function servingSecret(serving: MetricsServerSettings['serving']): AddonObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: meta(SERVING_SECRET, NS, APP),
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': Buffer.from(serving.certPem).toString('base64'), 'tls.key': Buffer.from(serving.keyPem).toString('base64') },
  };
}

/**
 * metrics-server behind the aggregation layer (metrics.k8s.io), as its upstream manifest has it,
 * except: it verifies every kubelet's serving certificate against the cluster CA, it serves a
 * certificate from pki-service that the APIService checks (no insecureSkipTLSVerify), and it
 * runs on the host's network so the apiservers reach it from masters that have no pod network.
 */
export function metricsServerObjects(s: MetricsServerSettings): AddonObject[] {
  const sa = { name: NAME, namespace: NS };
  return [
    serviceAccount(NAME, NS, APP),
    clusterRole(
      'system:aggregated-metrics-reader',
      [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] }],
      {
        ...APP,
        'rbac.authorization.k8s.io/aggregate-to-admin': 'true',
        'rbac.authorization.k8s.io/aggregate-to-edit': 'true',
        'rbac.authorization.k8s.io/aggregate-to-view': 'true',
      },
    ),
    clusterRole(
      'system:metrics-server',
      [
        { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] },
      ],
      APP,
    ),
    roleBinding('metrics-server-auth-reader', NS, 'extension-apiserver-authentication-reader', sa),
    clusterRoleBinding('metrics-server:system:auth-delegator', 'system:auth-delegator', sa),
    clusterRoleBinding('system:metrics-server', 'system:metrics-server', sa),
    servingSecret(s.serving),
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(KUBELET_CA, NS, APP), data: { 'ca.crt': s.kubeletCaPem } },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(NAME, NS, APP),
      spec: { selector: APP, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(NAME, NS, APP),
      spec: {
        replicas: 1,
        selector: { matchLabels: APP },
        strategy: { rollingUpdate: { maxUnavailable: 1 } },
        template: {
          metadata: { labels: APP },
          spec: {
            ...SYSTEM_POD,
            serviceAccountName: NAME,
            hostNetwork: true,
            // the Secret's files are group-readable by nobody only
            securityContext: { fsGroup: 65534 },
            dnsPolicy: 'ClusterFirstWithHostNet',
            containers: [
              {
                name: NAME,
                image: s.image,
                imagePullPolicy: 'IfNotPresent',
                args: [
                  `--secure-port=${s.port}`,
                  `--tls-cert-file=${TLS_DIR}/tls.crt`,
                  `--tls-private-key-file=${TLS_DIR}/tls.key`,
                  `--kubelet-certificate-authority=${CA_DIR}/ca.crt`,
                  '--kubelet-preferred-address-types=InternalIP',
                  '--kubelet-use-node-status-port',
                  // 10 s, the floor and the kubelet's own stats interval: metrics-server is ready after its
                  // second scrape, so the metrics API answers 10 s after it starts, not 15 (upstream's manifest)
                  '--metric-resolution=10s',
                  // metrics-server refuses a timeout above 90% of the resolution (its default is 10 s)
                  '--kubelet-request-timeout=5s',
                ],
                ports: [{ name: 'https', containerPort: s.port, protocol: 'TCP' }],
                resources: { requests: { cpu: '100m', memory: '200Mi' } },
                securityContext: RESTRICTED_CONTAINER,
                readinessProbe: {
                  httpGet: { path: '/readyz', port: 'https', scheme: 'HTTPS' },
                  periodSeconds: 2,
                  failureThreshold: 3,
                },
                livenessProbe: { httpGet: { path: '/livez', port: 'https', scheme: 'HTTPS' }, periodSeconds: 10, failureThreshold: 3 },
                volumeMounts: [
                  { name: 'tls', mountPath: TLS_DIR, readOnly: true },
                  { name: 'kubelet-ca', mountPath: CA_DIR, readOnly: true },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
            ],
            volumes: [
              { name: 'tls', secret: { secretName: SERVING_SECRET, defaultMode: 0o440 } },
              { name: 'kubelet-ca', configMap: { name: KUBELET_CA } },
              { name: 'tmp', emptyDir: {} },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: meta('v1beta1.metrics.k8s.io', undefined, APP),
      spec: {
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        service: { name: NAME, namespace: NS, port: 443 },
        caBundle: Buffer.from(s.servingCaPem).toString('base64'),
        groupPriorityMinimum: 100,
        versionPriority: 100,
      },
    },
  ];
}
