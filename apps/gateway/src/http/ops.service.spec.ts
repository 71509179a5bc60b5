import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, startGatewayHarness } from '../testing/gateway-harness';
import { AppProcess, freePort, startPkiProcess } from '../testing/processes';

jest.setTimeout(60_000);

describe('health, metrics and the OpenAPI document', () => {
  let pki: AppProcess & { address: string };
  let gw: Awaited<ReturnType<typeof startGatewayHarness>>;
  beforeAll(async () => {
    pki = await startPkiProcess(join(mkdtempSync(join(tmpdir(), 'kd-ops-')), 'pki.db'));
    gw = await startGatewayHarness({
      services: {
        pki: pki.address,
        etcd: `127.0.0.1:${await freePort()}`,
        master: `127.0.0.1:${await freePort()}`,
        node: `127.0.0.1:${await freePort()}`,
        network: `127.0.0.1:${await freePort()}`,
      },
    });
  });
  afterAll(async () => {
    await gw?.gateway.stop();
    await pki?.stop();
  });

  it("answers /healthz without a token, with each service's gRPC health, 503 while one is down", async () => {
    const r = await call(gw.url, 'GET', '/healthz', { token: null });
    expect(r.status).toBe(503);
    expect(r.json).toEqual({
      status: 'degraded',
      store: 'ok',
      services: { pki: 'SERVING', etcd: 'UNREACHABLE', master: 'UNREACHABLE', node: 'UNREACHABLE', network: 'UNREACHABLE' },
    });
    const one = await call(gw.url, 'GET', '/healthz?service=pki', { token: null });
    expect([one.status, one.json]).toEqual([200, { status: 'ok', store: 'ok', services: { pki: 'SERVING' } }]);
    const unknown = await call(gw.url, 'GET', '/healthz?service=dns', { token: null });
    expect([unknown.status, unknown.json['detail']]).toEqual([400, 'service must be one of pki, etcd, master, node, network']);
  });

  it('serves Prometheus metrics behind the token', async () => {
    expect((await call(gw.url, 'GET', '/metrics', { token: null })).status).toBe(401);
    const res = await fetch(`${gw.url}/metrics`, { headers: { authorization: 'Bearer kd_test_token_for_gateway_tests' } });
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    for (const name of [
      'kdeploy_jobs_started_total',
      'kdeploy_jobs_running',
      'kdeploy_stage_duration_seconds',
      'kdeploy_errors_total',
      'kdeploy_http_responses_total',
    ])
      expect(text).toContain(`# TYPE ${name}`);
    expect(text).toMatch(/kdeploy_http_responses_total\{method="GET",route="unmatched",status="401"\} 1/);
  });

  it('serves an OpenAPI 3.1 document generated from the validating schemas, without a token, as JSON or YAML', async () => {
    const { status, json } = await call(gw.url, 'GET', '/openapi.json', { token: null });
    expect(status).toBe(200);
    expect(json['openapi']).toBe('3.1.0');
    expect(Object.keys(json['paths']).sort()).toEqual([
      '/clusters',
      '/clusters/{id}',
      '/clusters/{id}/events',
      '/clusters/{id}/kubeconfig',
      '/clusters/{id}/nodes',
      '/clusters/{id}/nodes/{host}',
      '/clusters/{id}/retry',
      '/healthz',
      '/metrics',
      '/openapi.json',
    ]);
    const post = json['paths']['/clusters'].post;
    expect(post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Cluster' });
    expect(Object.keys(post.responses).sort()).toEqual(['200', '202', '400', '401', '409', '413', '422', '429', '500']);
    const schemas = json['components']['schemas'];
    for (const id of ['Cluster', 'Ssh', 'Problem', 'ClusterView', 'Job', 'Stage', 'HostState', 'Plan']) expect(schemas).toHaveProperty(id);
    expect(schemas.Ssh.additionalProperties).toBe(false); // unknown fields refused, as the validator does
    const yaml = await fetch(`${gw.url}/openapi.json?format=yaml`);
    expect([yaml.status, yaml.headers.get('content-type'), (await yaml.text()).split('\n')[0]]).toEqual([
      200,
      'application/yaml; charset=utf-8',
      'openapi: 3.1.0',
    ]);
    expect((await call(gw.url, 'GET', '/openapi.json?format=xml', { token: null })).status).toBe(400);
  });
});
