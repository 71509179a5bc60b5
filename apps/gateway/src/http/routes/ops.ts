import { Router } from 'express';
import { stringify } from 'yaml';
import type { GatewayContext } from '../../context';
import { BadRequestError } from '../../api-errors';
import { openApiDocument } from '../openapi';

/**
 * What needs no token: /healthz (for load balancers and the launcher; `?service=NAME` for one
 * service) and /openapi.json (`?format=yaml` for YAML), as most APIs serve their description.
 */
export function publicRouter(ctx: GatewayContext): Router {
  const router = Router();
  router.get('/healthz', async (req, res) => {
    const names = Object.keys(ctx.services.addresses);
    const only = req.query['service'];
    if (only !== undefined && (typeof only !== 'string' || !names.includes(only)))
      throw new BadRequestError(`service must be one of ${names.join(', ')}`);
    let store = 'ok';
    await ctx.store.countRows().catch(() => (store = 'unavailable'));
    const all: Record<string, string> = await ctx.services.health();
    const services = typeof only === 'string' ? { [only]: all[only] } : all;
    const ok = store === 'ok' && Object.values(services).every((s) => s === 'SERVING');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', store, services });
  });
  let doc: object | undefined;
  router.get('/openapi.json', (req, res) => {
    doc ??= openApiDocument();
    const format = req.query['format'] ?? 'json';
    if (format === 'json') return void res.json(doc);
    if (format === 'yaml') return void res.type('application/yaml').send(stringify(doc));
    throw new BadRequestError('format must be json or yaml');
  });
  return router;
}

/** /metrics, behind auth like the API. */
export function opsRouter(ctx: GatewayContext): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  return router;
}
