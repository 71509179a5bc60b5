/**
 * The Kubernetes minors kdeploy deploys. One table, so the spec, the templates' flag tables
 * and the docs agree on what "supported" means; a new minor is added here first.
 */

/**
 * Supported minors, oldest first: those upstream supports (v1.35 to v1.37 on 2026-12-01) for
 * which kdeploy has a version table and a flag reference generated from the real binaries
 * (reference/). A minor joins the list together with its reference.
 */
export const SUPPORTED_KUBERNETES_MINORS = ['1.37'] as const;

/** One of the supported minors, e.g. `1.37`. */
export type KubernetesMinor = (typeof SUPPORTED_KUBERNETES_MINORS)[number];

/** A parsed release version. */
export interface KubernetesVersion {
  /** As written in the spec: `v1.37.2`. */
  version: string;
  minor: KubernetesMinor;
  patch: number;
}

/** Stable releases only (`v1.37.2`): pre-releases are not something to deploy a cluster with. */
export const KUBERNETES_VERSION_PATTERN = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** The supported range as users read it in error messages: `v1.37` or `v1.35 to v1.37`. */
export function supportedRange(): string {
  const minors: readonly string[] = SUPPORTED_KUBERNETES_MINORS;
  return minors.length === 1 ? `v${minors[0]}` : `v${minors[0]} to v${minors[minors.length - 1]}`;
}

/** Why a version text is refused, or undefined when it is fine. */
export function kubernetesVersionProblem(text: string): string | undefined {
  const match = KUBERNETES_VERSION_PATTERN.exec(text);
  if (!match) return `not a Kubernetes release version like v1.37.2 (supported: ${supportedRange()})`;
  const minor = `${match[1]}.${match[2]}`;
  if (!(SUPPORTED_KUBERNETES_MINORS as readonly string[]).includes(minor)) {
    return `${text} is not supported; supported versions are ${supportedRange()}`;
  }
  return undefined;
}

/** Split a version the schema accepted; throws on one it would refuse. */
export function parseKubernetesVersion(text: string): KubernetesVersion {
  const problem = kubernetesVersionProblem(text);
  const match = KUBERNETES_VERSION_PATTERN.exec(text);
  if (problem || !match) throw new RangeError(problem);
  return { version: text, minor: `${match[1]}.${match[2]}` as KubernetesMinor, patch: Number(match[3]) };
}
