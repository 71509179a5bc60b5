import { SystemdUnit } from '@kdeploy/templates';
import { componentUnit } from './component-unit';
import { KubernetesVersion } from '../versions';
import { featureGates, flags, TLS_CIPHER_SUITES, TLS_MIN_VERSION } from './flags';
import { CONFIG, PKI } from './layout';
import { MasterHost, MasterSettings } from './settings';

/** The client certificate name the aggregation layer presents (pki-service's front-proxy-client profile). */
export const FRONT_PROXY_CLIENT_CN = 'front-proxy-client';

/** Admission plugins on top of the default set (which stays on); NodeRestriction limits each kubelet to its own Node and Pods. */
export const ADMISSION_PLUGINS = ['NodeRestriction'];

/** How long a stopping apiserver drains its watches before it closes them. */
export const WATCH_DRAIN_S = 10;

/** The issuer of service-account tokens: the in-cluster name of the apiserver. */
export const serviceAccountIssuer = (s: MasterSettings) => `https://kubernetes.default.svc.${s.clusterDomain}`;

/**
 * Anonymous requests: with structured authentication (1.34 and later) the authentication
 * config allows them on the health endpoints only, and `--anonymous-auth` must then be
 * absent; a minor without it turns anonymous access off altogether.
 */
function authentication(version: KubernetesVersion) {
  return version.configs.authentication ? { 'authentication-config': CONFIG.authentication } : { 'anonymous-auth': false };
}

/**
 * One master's kube-apiserver unit. It binds the master's own address, not 0.0.0.0: the local
 * proxy for the endpoint listens on 127.0.0.1 at the same port on masters that are nodes too.
 * Authorization stays on `--authorization-mode=Node,RBAC` rather than an AuthorizationConfiguration
 * (GA since 1.32): the flag says the same, and CIS checks read it.
 * `sha256` is the binary's, so that a new binary restarts the apiserver through the unit change.
 */
export function apiserverUnit(host: MasterHost, s: MasterSettings, version: KubernetesVersion, sha256: string): SystemdUnit {
  const args = flags(version, 'kube-apiserver', {
    'advertise-address': host.address,
    'bind-address': host.address,
    'secure-port': s.securePort,
    // Network plugins and kube-proxy run privileged pods.
    'allow-privileged': true,
    ...authentication(version),
    'authorization-mode': ['Node', 'RBAC'],
    'enable-admission-plugins': ADMISSION_PLUGINS,
    // Kubelets join with bootstrap tokens (TLS bootstrapping).
    'enable-bootstrap-token-auth': true,
    'client-ca-file': PKI.caBundle,
    'tls-cert-file': PKI.apiserver.cert,
    'tls-private-key-file': PKI.apiserver.key,
    'tls-min-version': TLS_MIN_VERSION,
    'tls-cipher-suites': TLS_CIPHER_SUITES,
    'kubelet-certificate-authority': PKI.caBundle,
    'kubelet-client-certificate': PKI.apiserverKubeletClient.cert,
    'kubelet-client-key': PKI.apiserverKubeletClient.key,
    // Node names of a binary install need not resolve in DNS; their InternalIP always routes.
    'kubelet-preferred-address-types': ['InternalIP', 'ExternalIP', 'Hostname'],
    'etcd-servers': s.etcdEndpoints,
    'etcd-cafile': PKI.etcdCa,
    'etcd-certfile': PKI.apiserverEtcdClient.cert,
    'etcd-keyfile': PKI.apiserverEtcdClient.key,
    'encryption-provider-config': CONFIG.encryption,
    'audit-policy-file': CONFIG.auditPolicy,
    'audit-log-path': s.audit.path,
    'audit-log-maxage': s.audit.maxAgeDays,
    'audit-log-maxbackup': s.audit.maxBackups,
    'audit-log-maxsize': s.audit.maxSizeMb,
    profiling: false,
    'service-account-issuer': serviceAccountIssuer(s),
    'service-account-key-file': PKI.serviceAccount.publicKey,
    'service-account-signing-key-file': PKI.serviceAccount.privateKey,
    'service-cluster-ip-range': s.serviceCidr,
    'service-node-port-range': s.serviceNodePortRange,
    'requestheader-client-ca-file': PKI.frontProxyCa,
    'requestheader-allowed-names': FRONT_PROXY_CLIENT_CN,
    'requestheader-username-headers': 'X-Remote-User',
    'requestheader-group-headers': 'X-Remote-Group',
    'requestheader-extra-headers-prefix': 'X-Remote-Extra-',
    'proxy-client-cert-file': PKI.frontProxyClient.cert,
    'proxy-client-key-file': PKI.frontProxyClient.key,
    // Masters run no kube-proxy, so a Service's ClusterIP does not route from them: the
    // aggregation layer (metrics.k8s.io) dials one of the Service's endpoints instead.
    'enable-aggregator-routing': true,
    'feature-gates': featureGates(s.featureGates),
    // Without it, open watches hold a stopping apiserver for its full 60 s HTTP shutdown timeout,
    // which a rolling restart pays once per master; drained, the clients move to another apiserver.
    'shutdown-watch-termination-grace-period': `${WATCH_DRAIN_S}s`,
  });
  // The apiserver tells systemd when it serves, so `systemctl start` returns only then.
  return componentUnit({
    component: 'kube-apiserver',
    description: 'Kubernetes API server',
    args,
    sha256,
    type: 'notify',
    service: { TimeoutStartSec: 120, TimeoutStopSec: WATCH_DRAIN_S + 15, LimitNOFILE: 65536 },
  });
}
