import type { ApiAccess } from '@kdeploy/kube-api';
import { parse } from 'yaml';

/** The credentials of a kubeconfig with an embedded client pair (GetAdminKubeconfig's), as API access to the given servers. */
export function kubeconfigAccess(kubeconfig: string, servers: string[]): ApiAccess {
  const doc = parse(kubeconfig) as {
    clusters: { cluster: { 'certificate-authority-data': string } }[];
    users: { user: Record<string, string> }[];
  };
  const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
  return {
    servers,
    caPem: pem(doc.clusters[0].cluster['certificate-authority-data']),
    client: { certPem: pem(doc.users[0].user['client-certificate-data']), keyPem: pem(doc.users[0].user['client-key-data']) },
  };
}
