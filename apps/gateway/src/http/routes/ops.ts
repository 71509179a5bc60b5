import { Router } from 'express';
import type { GatewayContext } from '../../context';
import { openApiDocument } from '../openapi';

/** /healthz without auth (for load balancers and the launcher). */
export function healthRouter(ctx: GatewayContext): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    let store = 'ok';
    await ctx.store.countRows().catch(() => (store = 'unavailable'));
    const services = await ctx.services.health();
    const ok = store === 'ok' && Object.values(services).every((s) => s === 'SERVING');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', store, services });
  });
  return router;
}

/** /metrics and /openapi.json, behind auth like the API. */
export function opsRouter(ctx: GatewayContext): Router {
  const router = Router();
  let doc: object | undefined;
  router.get('/openapi.json', (_req, res) => void res.json((doc ??= openApiDocument())));
  router.get('/metrics', async (_req, res) => {
    res.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
  return router;
}
