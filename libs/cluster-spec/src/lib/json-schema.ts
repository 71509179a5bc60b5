/**
 * The published JSON Schema of the cluster document, generated from the zod schema so the
 * two cannot drift (a test compares it with the committed file). It describes what a user
 * writes (`io: 'input'`: defaulted fields optional); cross-field rules are not expressible
 * in JSON Schema and are only enforced by parseClusterSpec.
 */
import { z } from 'zod';
import { ClusterSchema } from './schema/cluster';

/** Where the schema is published; editors find it through this id. */
export const CLUSTER_SCHEMA_ID = 'https://kdeploy.io/schemas/cluster.schema.json';

/** The JSON Schema (draft 2020-12) object. */
export function clusterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ClusterSchema, { io: 'input', target: 'draft-2020-12', reused: 'inline' });
  return { $id: CLUSTER_SCHEMA_ID, ...schema };
}

/** The file content of `libs/cluster-spec/schema/cluster.schema.json`. */
export function clusterJsonSchemaText(): string {
  return `${JSON.stringify(clusterJsonSchema(), null, 2)}\n`;
}
