import { SystemdUnit } from '@kdeploy/templates';
import { componentUnit } from './component-unit';
import { KubernetesVersion } from '../versions';
import { featureGates, flags, TLS_CIPHER_SUITES, TLS_MIN_VERSION } from './flags';
import { KUBECONFIG, PKI } from './layout';
import { CONTROLLER_MANAGER_PORT } from './ports';
import { MasterSettings } from './settings';

/** The default controllers plus the two that bootstrap tokens need (cluster-info signing, expired token clean-up). */
export const CONTROLLERS = ['*', 'bootstrapsigner', 'tokencleaner'];

/**
 * The kube-controller-manager unit, the same on every master. Its secure port (health,
 * metrics) is on 127.0.0.1 only; callers authenticate and are authorized through the
 * apiserver with its own kubeconfig. Each controller runs with its own service account, and
 * CSRs are signed with the cluster signer, never the kubernetes-ca key.
 * `sha256` is the binary's, so that a new binary restarts it through the unit change.
 */
export function controllerManagerUnit(s: MasterSettings, version: KubernetesVersion, sha256: string): SystemdUnit {
  const kubeconfig = KUBECONFIG['kube-controller-manager'];
  const args = flags(version, 'kube-controller-manager', {
    kubeconfig,
    'authentication-kubeconfig': kubeconfig,
    'authorization-kubeconfig': kubeconfig,
    'bind-address': '127.0.0.1',
    'secure-port': CONTROLLER_MANAGER_PORT,
    profiling: false,
    'use-service-account-credentials': true,
    // Signs legacy service-account token Secrets; the apiserver verifies them with sa.pub.
    'service-account-private-key-file': PKI.serviceAccount.privateKey,
    'root-ca-file': PKI.ca,
    'cluster-signing-cert-file': PKI.clusterSigner.cert,
    'cluster-signing-key-file': PKI.clusterSigner.key,
    controllers: CONTROLLERS,
    'leader-elect': true,
    'allocate-node-cidrs': s.allocateNodeCidrs,
    'cluster-cidr': s.allocateNodeCidrs ? s.podCidr : undefined,
    'node-cidr-mask-size': s.allocateNodeCidrs ? s.nodeCidrMaskSize : undefined,
    // Node IPAM keeps pod subnets clear of the service range.
    'service-cluster-ip-range': s.serviceCidr,
    'tls-min-version': TLS_MIN_VERSION,
    'tls-cipher-suites': TLS_CIPHER_SUITES,
    'feature-gates': featureGates(s.featureGates),
  });
  return componentUnit({ component: 'kube-controller-manager', description: 'Kubernetes controller manager', args, sha256 });
}
