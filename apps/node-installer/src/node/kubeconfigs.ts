import { buildKubeconfig, toKubeYaml } from '@kdeploy/templates';

/**
 * The kubelet's bootstrap kubeconfig: the endpoint, the cluster CA and the bootstrap token,
 * which the kubelet uses once to ask for its client certificate. SECRET: holds the token;
 * written 0600 and deleted once the node has joined.
 */
export function bootstrapKubeconfig(server: string, caPem: string, token: string): string {
  return toKubeYaml({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'kubernetes', cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [{ name: 'kubelet-bootstrap', user: { token } }],
    contexts: [{ name: 'bootstrap', context: { cluster: 'kubernetes', user: 'kubelet-bootstrap' } }],
    'current-context': 'bootstrap',
  });
}

/** kube-proxy's kubeconfig with its client identity from pki-service. SECRET: embeds the key. */
export function kubeProxyKubeconfig(server: string, caPem: string, certPem: string, keyPem: string): string {
  return toKubeYaml(
    buildKubeconfig({ clusterName: 'kubernetes', server, caPem, user: 'system:kube-proxy', clientCertPem: certPem, clientKeyPem: keyPem }),
  );
}
