/**
 * Writes libs/cluster-spec/schema/cluster.schema.json from the zod schema (nx run spec:gen-schema).
 * Imports the module directly, not the lib's index, so no path aliases are needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterJsonSchemaText } from '../src/lib/json-schema';

const target = join(__dirname, '..', 'schema', 'cluster.schema.json');
writeFileSync(target, clusterJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
