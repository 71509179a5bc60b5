/** A kubeconfig file (`clientcmd/v1` Config), as the fields are spelled on disk. */
export interface Kubeconfig {
  apiVersion: 'v1';
  kind: 'Config';
  clusters: { name: string; cluster: { server: string; 'certificate-authority-data': string } }[];
  users: { name: string; user: { 'client-certificate-data': string; 'client-key-data': string } }[];
  contexts: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  'current-context': string;
  preferences: Record<string, never>;
}

export interface KubeconfigInput {
  clusterName: string;
  /** `https://host:port` of the apiserver (or of the local proxy in front of it). */
  server: string;
  caPem: string;
  /** The user entry's name, e.g. `admin` or `system:kube-controller-manager`. */
  user: string;
  clientCertPem: string;
  /** Secret: the file this ends up in must be written 0600 and flagged secret. */
  clientKeyPem: string;
  namespace?: string;
}

const PEM = /^-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]+?\r?\n-----END \1-----\s*$/;

function base64Pem(field: string, pem: string): string {
  // A wrong argument order (key where the cert goes) would only show up at the apiserver.
  if (!PEM.test(pem)) throw new TypeError(`buildKubeconfig: ${field} is not a PEM block`);
  return Buffer.from(pem, 'utf8').toString('base64');
}

/** Builds a single-cluster, single-user kubeconfig with embedded credentials; serialise with `toKubeYaml`. */
export function buildKubeconfig(input: KubeconfigInput): Kubeconfig {
  const url = new URL(input.server);
  if (url.protocol !== 'https:') throw new TypeError(`buildKubeconfig: server must be https, got ${input.server}`);
  if (!/CERTIFICATE/.test(input.caPem) || !/CERTIFICATE/.test(input.clientCertPem)) {
    throw new TypeError('buildKubeconfig: caPem and clientCertPem must be certificates');
  }
  if (!/PRIVATE KEY/.test(input.clientKeyPem)) throw new TypeError('buildKubeconfig: clientKeyPem must be a private key');
  const contextName = `${input.user}@${input.clusterName}`;
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: input.clusterName,
        cluster: { server: input.server, 'certificate-authority-data': base64Pem('caPem', input.caPem) },
      },
    ],
    users: [
      {
        name: input.user,
        user: {
          'client-certificate-data': base64Pem('clientCertPem', input.clientCertPem),
          'client-key-data': base64Pem('clientKeyPem', input.clientKeyPem),
        },
      },
    ],
    contexts: [
      {
        name: contextName,
        context: {
          cluster: input.clusterName,
          user: input.user,
          ...(input.namespace ? { namespace: input.namespace } : {}),
        },
      },
    ],
    'current-context': contextName,
    preferences: {},
  };
}
