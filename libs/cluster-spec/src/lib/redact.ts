/**
 * A copy of a spec safe to log, store in a job record or return from the API: SSH
 * secrets replaced by a marker (security.md: secrets never reach a log or a response).
 */
import { ClusterSpec } from './schema/cluster';
import { SSH_SECRET_FIELDS } from './schema/ssh';

/** What a redacted secret reads as. */
export const REDACTED = '[redacted]';

/** The spec with every secret field that is set replaced by `[redacted]`. */
export function redactClusterSpec(spec: ClusterSpec): ClusterSpec {
  const ssh = { ...spec.spec.ssh };
  for (const field of SSH_SECRET_FIELDS) {
    if (ssh[field] !== undefined) ssh[field] = REDACTED;
  }
  return { ...spec, spec: { ...spec.spec, ssh } };
}
