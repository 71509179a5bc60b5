import express, { Express, RequestHandler } from 'express';
import type { GatewayContext } from '../context';
import { bearerAuth } from './auth';
import { problemHandler, notFound } from './problem';
import { clustersRouter } from './routes/clusters';
import { eventsRouter } from './routes/events';
import { nodesRouter } from './routes/nodes';
import { opsRouter, publicRouter } from './routes/ops';

/** One log line and one metric per response; the route pattern, not the raw path, labels it. */
function accessLog(ctx: GatewayContext): RequestHandler {
  return (req, res, next) => {
    const t0 = Date.now();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      ctx.metrics.httpResponses.inc({ method: req.method, route, status: String(res.statusCode) });
      ctx.logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - t0 }, 'http');
    });
    next();
  };
}

/**
 * The Express app. Order is the policy: health is open; everything after needs a token,
 * checked before the body is even read; bodies are JSON and size-limited; one error
 * middleware answers every failure as problem JSON.
 */
export function createHttpApp(ctx: GatewayContext, opts: { tokenHashes: readonly string[]; bodyLimitBytes: number }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(accessLog(ctx));
  app.use(publicRouter(ctx));
  app.use(bearerAuth(opts.tokenHashes));
  app.use(express.json({ limit: opts.bodyLimitBytes, strict: false, type: ['application/json', 'application/*+json'] }));
  app.use(opsRouter(ctx));
  app.use('/clusters', clustersRouter(ctx));
  app.use('/clusters', eventsRouter(ctx));
  app.use('/clusters', nodesRouter(ctx));
  app.use(notFound);
  app.use(problemHandler(ctx.logger, ctx.metrics));
  return app;
}
