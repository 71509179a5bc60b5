import { Router } from 'express';
import { NotFoundError } from '@kdeploy/errors';
import type { GatewayContext } from '../../context';
import { FINAL_EVENT } from '../../jobs/events';
import type { StoredEvent } from '../../store/job-store';
import { BadRequestError } from '../../api-errors';

const HEARTBEAT_MS = 15_000;

const frame = (e: StoredEvent) =>
  `id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify({ seq: e.seq, jobId: e.jobId, time: e.time, ...e.data })}\n\n`;

/**
 * GET /clusters/:id/events: Server-Sent Events. Sends every stored event after
 * `Last-Event-ID` (or `?after=`), then live ones; ends after the running job's
 * `job-finished`, or at once when no job is running (a finished job replays and ends).
 */
export function eventsRouter(ctx: GatewayContext): Router {
  const router = Router();
  router.get('/:id/events', async (req, res) => {
    const id = req.params['id'];
    if (!(await ctx.store.getCluster(id))) throw new NotFoundError(`cluster ${id} not found`);
    const raw = req.get('last-event-id') ?? (req.query['after'] as string | undefined) ?? '0';
    if (!/^\d{1,15}$/.test(raw)) throw new BadRequestError('Last-Event-ID must be an event sequence number');
    let last = Number(raw);

    // Subscribe before replaying, so nothing published during the replay is lost.
    const buffered: StoredEvent[] = [];
    const live: { send?: (e: StoredEvent) => void } = {};
    const unsubscribe = ctx.hub.subscribe(id, (e) => (live.send ? live.send(e) : buffered.push(e)));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      res.end();
    };
    req.on('close', end);

    res
      .status(200)
      .set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    res.write('retry: 1000\n\n');
    const send = (e: StoredEvent): boolean => {
      if (e.seq <= last) return false;
      last = e.seq;
      res.write(frame(e));
      return e.type === FINAL_EVENT;
    };
    for (const e of await ctx.store.eventsAfter(id, last)) send(e);
    const running = (await ctx.store.jobsOf(id)).some((j) => j.state === 'running');
    // No await from here to `live.send =`: every buffered event is sent exactly once, in order.
    let finished = false;
    for (const e of buffered.splice(0)) finished = send(e) || finished;
    if (finished || !running) return end();
    live.send = (e) => {
      finished = send(e);
      if (finished) end();
    };
  });
  return router;
}
