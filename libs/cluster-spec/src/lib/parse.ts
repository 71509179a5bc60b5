/**
 * The entry points for a spec that is already data (a parsed JSON body, a JS object).
 * Validation happens once, at the edge; what comes out is typed and fully defaulted.
 */
import { SpecError } from '@kdeploy/errors';
import { toSpecIssues, specErrorMap } from './issues';
import { ClusterSchema, ClusterSpec } from './schema/cluster';

/** The outcome of a safe parse: the spec, or the error listing every problem. */
export type SpecResult = { success: true; spec: ClusterSpec } | { success: false; error: SpecError };

/** Validate and default a spec; never throws. */
export function safeParseClusterSpec(input: unknown): SpecResult {
  const result = ClusterSchema.safeParse(input, { error: specErrorMap });
  if (result.success) return { success: true, spec: result.data };
  return { success: false, error: new SpecError(toSpecIssues(result.error.issues)) };
}

/** Validate and default a spec; throws a SpecError naming every problem by its field path. */
export function parseClusterSpec(input: unknown): ClusterSpec {
  const result = safeParseClusterSpec(input);
  if (!result.success) throw result.error;
  return result.spec;
}
