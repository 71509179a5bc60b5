import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { clusterJsonSchemaText } from './json-schema';
import { ClusterSchema } from './schema/cluster';

const COMMITTED = join(__dirname, '..', '..', 'schema', 'cluster.schema.json');

describe('the published JSON Schema', () => {
  it('matches the zod schema (run `nx run spec:gen-schema` after changing the schema)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(clusterJsonSchemaText());
  });

  it('refuses unknown fields and marks secrets write-only', () => {
    const schema = JSON.parse(clusterJsonSchemaText());
    expect(schema.$defs.Cluster.additionalProperties).toBe(false);
    expect(schema.$defs.Host.additionalProperties).toBe(false);
    expect(schema.$defs.Ssh.properties.password.writeOnly).toBe(true);
    expect(schema.$defs.Ssh.properties.port.default).toBe(22);
  });
});

describe("the zod schemas for the gateway's OpenAPI document", () => {
  it('become OpenAPI components named by their ids when used in a path', () => {
    const registry = new OpenAPIRegistry();
    registry.registerPath({
      method: 'post',
      path: '/clusters',
      request: { body: { content: { 'application/json': { schema: ClusterSchema } } } },
      responses: { 202: { description: 'accepted' } },
    });
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: '3.1.0',
      info: { title: 'test', version: '0' },
    });
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Cluster', 'Host', 'Ssh', 'Network']));
  });
});
