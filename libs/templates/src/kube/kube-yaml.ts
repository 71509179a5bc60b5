import { stringify } from 'yaml';

/**
 * Serialises any Kubernetes config object. YAML 1.1 quotes `yes`, `on`, `n`, `0755` the way
 * Go's yaml reader needs; lineWidth 0 keeps base64 data on one line; no anchors, because a
 * shared object reference must not become an alias that other tools choke on.
 */
export function toKubeYaml(obj: object): string {
  return stringify(obj, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
}
