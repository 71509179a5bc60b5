import { toKubeYaml } from '@kdeploy/templates';
import { KubernetesVersion } from '../versions';

/** The paths anonymous requests may reach: what load balancers and the local proxy probe. */
export const ANONYMOUS_PATHS = ['/healthz', '/livez', '/readyz'] as const;

/** AuthenticationConfiguration: only the anonymous block; client certificates and tokens are configured by flags. */
export interface AuthenticationConfiguration {
  apiVersion: string;
  kind: 'AuthenticationConfiguration';
  anonymous: { enabled: true; conditions: { path: string }[] };
}

/**
 * Anonymous requests are authenticated on the health endpoints and nowhere else, so even an
 * RBAC binding that grants system:anonymous more (a common mistake) reaches nothing else.
 * Undefined for a minor without structured authentication: its unit turns anonymous off.
 */
export function authenticationConfiguration(version: KubernetesVersion): AuthenticationConfiguration | undefined {
  const kind = version.configs.authentication;
  if (!kind) return undefined;
  return {
    apiVersion: kind.apiVersion,
    kind: kind.kind,
    anonymous: { enabled: true, conditions: ANONYMOUS_PATHS.map((path) => ({ path })) },
  };
}

/** The authentication config file's text, or undefined when the minor takes none. */
export function renderAuthenticationConfig(version: KubernetesVersion): string | undefined {
  const config = authenticationConfiguration(version);
  return config && toKubeYaml(config);
}
