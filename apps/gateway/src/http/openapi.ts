import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ClusterSchema } from '@kdeploy/cluster-spec';
import { SERVICES } from '@kdeploy/proto';
import { AcceptedSchema, AddNodesSchema, ClusterSummarySchema, ClusterViewSchema, HealthSchema, PlanSchema, ProblemSchema } from './views';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
const id = z.object({ id: z.string().meta({ description: 'Cluster id (metadata.name)' }) });
const auth = [{ bearer: [] }];
/** No token needed: said explicitly, so no operation is left without a security decision. */
const open: { [name: string]: string[] }[] = [];
const common = { 401: problem('No or wrong bearer token'), 500: problem('Internal error') };

/**
 * The OpenAPI 3.1 document, generated from the zod schemas the gateway validates and answers
 * with (the request body is libs/cluster-spec's ClusterSchema itself). Built once per process.
 */
export function openApiDocument(): object {
  const r = new OpenAPIRegistry();
  r.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  r.registerPath({
    method: 'post',
    path: '/clusters',
    operationId: 'createCluster',
    security: auth,
    summary: 'Deploy a cluster (a job), or plan it with dryRun=true',
    request: {
      query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      headers: z.object({ 'Idempotency-Key': z.string().optional() }),
      body: { content: { 'application/json': { schema: ClusterSchema } }, required: true },
    },
    responses: {
      200: json('The plan of every stage (dryRun=true); no host was changed', PlanSchema),
      202: json('Accepted; the job runs; Location names the cluster', AcceptedSchema),
      400: problem('Invalid spec; `errors` names every problem by field path'),
      409: problem('The cluster already has a job in work'),
      413: problem('Body too large'),
      422: problem('Idempotency-Key reused with another body'),
      429: problem('Too many jobs running'),
      ...common,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/clusters',
    operationId: 'listClusters',
    security: auth,
    summary: 'List clusters',
    responses: { 200: json('Clusters', z.object({ items: z.array(ClusterSummarySchema) })), ...common },
  });
  r.registerPath({
    method: 'get',
    path: '/clusters/{id}',
    operationId: 'getCluster',
    security: auth,
    summary: 'A cluster: spec (secrets redacted) and the state of every stage and host',
    request: { params: id },
    responses: { 200: json('The cluster', ClusterViewSchema), 404: problem('No such cluster'), ...common },
  });
  r.registerPath({
    method: 'get',
    path: '/clusters/{id}/events',
    operationId: 'streamClusterEvents',
    security: auth,
    summary: 'Progress as Server-Sent Events; resumable with Last-Event-ID',
    request: { params: id, headers: z.object({ 'Last-Event-ID': z.string().optional() }) },
    responses: {
      200: {
        description: 'text/event-stream: id = sequence, event = type, data = JSON',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      404: problem('No such cluster'),
      ...common,
    },
  });
  r.registerPath({
    method: 'post',
    path: '/clusters/{id}/retry',
    operationId: 'retryCluster',
    security: auth,
    summary: 'Resume a failed job from its first unfinished stage',
    request: { params: id },
    responses: {
      202: json('Resumed', AcceptedSchema),
      409: problem('The latest job is not failed'),
      404: problem('No such cluster'),
      ...common,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/clusters/{id}/kubeconfig',
    operationId: 'getKubeconfig',
    security: auth,
    summary:
      "The cluster's admin kubeconfig (SECRET: a new admin client key each call), pointing at its load balancer or first master; audited in the gateway log without its content",
    request: { params: id },
    responses: {
      200: { description: 'kubeconfig YAML', content: { 'application/yaml': { schema: z.string() } } },
      409: problem('The cluster is not deployed (its latest job is not a finished deploy)'),
      404: problem('No such cluster'),
      ...common,
    },
  });
  const host = z.object({ id: z.string().meta({ description: 'Cluster id' }), host: z.string().meta({ description: 'Host name' }) });
  r.registerPath({
    method: 'post',
    path: '/clusters/{id}/nodes',
    operationId: 'addNodes',
    security: auth,
    summary: 'Add hosts with the node role to a ready cluster: a job that prepares, joins and networks only them, then checks the cluster',
    request: { params: id, body: { content: { 'application/json': { schema: AddNodesSchema } } } },
    responses: {
      202: json('Job accepted', AcceptedSchema),
      400: problem('A host is invalid, not node-only, or already in the cluster (every problem by field path)'),
      409: problem('The cluster is not ready (a job in work, or its last job failed)'),
      404: problem('No such cluster'),
      ...common,
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/clusters/{id}/nodes/{host}',
    operationId: 'removeNode',
    security: auth,
    summary:
      'Drain a node (evictions honour disruption budgets), delete its Node, take the node components and pod network off its host; the host leaves the spec, or keeps its etcd role',
    request: { params: host },
    responses: {
      202: json('Job accepted', AcceptedSchema),
      400: problem('The host is not a node, or is also a master'),
      409: problem('The cluster is not ready, or this is its last node'),
      404: problem('No such cluster or host'),
      ...common,
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/clusters/{id}',
    operationId: 'deleteCluster',
    security: auth,
    summary: 'Remove the cluster from its hosts, stage by stage in reverse; with purgePki=true its CAs go too',
    request: {
      params: id,
      query: z.object({
        purgePki: z.enum(['true', 'false']).optional().meta({
          description:
            "Also delete the cluster's CAs and certificate records in pki-service (default: kept, so a redeploy trusts the same roots)",
        }),
      }),
    },
    responses: {
      202: json('Removal job accepted', AcceptedSchema),
      400: problem('purgePki is not true or false'),
      409: problem('The cluster has a job in work'),
      404: problem('No such cluster'),
      ...common,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    security: open,
    summary: "Gateway, store and each service's gRPC health (no token needed)",
    request: {
      query: z.object({
        service: z
          .string()
          .optional()
          .meta({ description: `Only this service (${SERVICES.map((x) => x.key).join(', ')})` }),
      }),
    },
    responses: {
      200: json('All healthy', HealthSchema),
      400: problem('No such service'),
      503: json('Something is not serving', HealthSchema),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/metrics',
    operationId: 'getMetrics',
    security: auth,
    summary: 'Prometheus metrics',
    responses: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: z.string() } } }, ...common },
  });
  r.registerPath({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApi',
    security: open,
    summary: 'This document (no token needed)',
    request: { query: z.object({ format: z.enum(['json', 'yaml']).optional().meta({ description: 'json (default) or yaml' }) }) },
    responses: {
      200: {
        description: 'OpenAPI 3.1',
        content: { 'application/json': { schema: z.object({}).passthrough() }, 'application/yaml': { schema: z.string() } },
      },
      400: problem('Unknown format'),
      500: problem('Internal error'),
    },
  });
  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'kdeploy gateway',
      version: '1.0.0',
      description: 'Deploys Kubernetes clusters from binaries onto Linux hosts over SSH',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
  });
}
