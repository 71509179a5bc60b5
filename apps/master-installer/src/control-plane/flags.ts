import { KUBELET_TLS_CIPHER_SUITES } from '@kdeploy/templates';
import { Component, KubernetesVersion } from '../versions';

/** A flag's value; a list is joined with commas, undefined or '' leaves the flag out. */
export type FlagValue = string | number | boolean | readonly string[] | undefined;

/**
 * `--flag=value` words for one component, refusing any flag the target minor's table does
 * not list: the table, checked against the real binaries' --help, is the only way a flag
 * reaches a unit.
 */
export function flags(version: KubernetesVersion, component: Component, values: Record<string, FlagValue>): string[] {
  const known = version.flags[component];
  // Checked before empty values are dropped, so a flag rendered only in some cases cannot hide a typo.
  const unknown = Object.keys(values).filter((name) => !known.has(name));
  if (unknown.length)
    throw new Error(`${component} ${version.minor} has no flag ${unknown.map((n) => `--${n}`).join(', ')} in kdeploy's version table`);
  return Object.entries(values)
    .map(([name, v]) => [name, Array.isArray(v) ? v.join(',') : v] as const)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([name, v]) => `--${name}=${v}`);
}

/** `--feature-gates` value, sorted so that the unit is the same for the same gates. */
export function featureGates(gates: Readonly<Record<string, boolean>>): string {
  return Object.keys(gates)
    .sort()
    .map((name) => `${name}=${gates[name]}`)
    .join(',');
}

/** Every serving port speaks TLS 1.2 or newer. */
export const TLS_MIN_VERSION = 'VersionTLS12';

/** TLS 1.2 suites with forward secrecy and AEAD (CIS 1.2.x, 1.3.x, 1.4.x); Go's TLS 1.3 suites are always on. */
export const TLS_CIPHER_SUITES: readonly string[] = KUBELET_TLS_CIPHER_SUITES;
