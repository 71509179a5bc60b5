import { hostPort } from '@kdeploy/cluster-spec';
import { buildKubeconfig, toKubeYaml } from '@kdeploy/templates';
import { MasterHost, MasterSettings } from './settings';

/** The components that reach the apiserver through a kubeconfig, and the user each one is (its certificate's CN). */
export const KUBECONFIG_USERS = {
  'kube-controller-manager': 'system:kube-controller-manager',
  'kube-scheduler': 'system:kube-scheduler',
} as const;

/** Credentials of one kubeconfig, from pki-service. `keyPem` is SECRET. */
export interface ClientCredentials {
  caPem: string;
  certPem: string;
  keyPem: string;
}

/**
 * The apiserver on the same master, at its advertise address (the one its certificate covers
 * and it binds): the controller-manager and scheduler then keep working when the endpoint
 * (load balancer, local proxy) does not.
 */
export const localApiserverUrl = (host: MasterHost, s: MasterSettings) => `https://${hostPort(host.address, s.securePort)}`;

/** A component's kubeconfig text. SECRET: embeds the client key; written 0600. */
export function renderComponentKubeconfig(
  component: keyof typeof KUBECONFIG_USERS,
  host: MasterHost,
  s: MasterSettings,
  creds: ClientCredentials,
): string {
  return toKubeYaml(
    buildKubeconfig({
      clusterName: s.clusterName,
      server: localApiserverUrl(host, s),
      caPem: creds.caPem,
      user: KUBECONFIG_USERS[component],
      clientCertPem: creds.certPem,
      clientKeyPem: creds.keyPem,
    }),
  );
}
