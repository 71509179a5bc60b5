import { toKubeYaml } from '@kdeploy/templates';
import { KUBE_CA, KUBE_CLIENT } from './layout';

/**
 * flanneld's kubeconfig with the Kubernetes subnet manager: it names the CA, certificate and
 * key files on the node (the key was made there), so it holds no secret itself.
 */
export function flannelKubeconfig(server: string): string {
  return toKubeYaml({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'kubernetes', cluster: { server, 'certificate-authority': KUBE_CA } }],
    users: [{ name: 'kdeploy:flannel', user: { 'client-certificate': KUBE_CLIENT.cert, 'client-key': KUBE_CLIENT.key } }],
    contexts: [{ name: 'flannel', context: { cluster: 'kubernetes', user: 'kdeploy:flannel' } }],
    'current-context': 'flannel',
  });
}
